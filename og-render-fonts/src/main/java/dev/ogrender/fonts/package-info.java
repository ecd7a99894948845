/** The bundled Inter font files and the list of their faces; no code that draws. */
package dev.ogrender.fonts;
