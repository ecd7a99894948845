/** Template text: Mustache data binding (JMustache) and HTML5 parsing (jsoup). Internal: not API. */
package dev.ogrender.template;
