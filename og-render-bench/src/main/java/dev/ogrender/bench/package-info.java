/** JMH benchmarks for og-render; each class answers one question and carries its run command. */
package dev.ogrender.bench;
