/**
 * Fonts and text: the font registry (bundled Inter, fonts added by the user; never system fonts), CSS
 * font matching, shaping and measuring with java.awt.font. Internal: not API.
 */
package dev.ogrender.text;
