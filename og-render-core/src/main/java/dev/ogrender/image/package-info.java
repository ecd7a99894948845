/** Image encoding (PNG, JPEG) and, later, decoding; internal, not API. */
package dev.ogrender.image;
