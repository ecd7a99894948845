/** Small helpers shared by the stages (diagnostics). Not API: may change without notice. */
package dev.ogrender.internal;
