/** The {@code og-render} command line: argument parsing, data loading, error reporting. */
package dev.ogrender.cli;
