#!/usr/bin/env sh
# Writes N lines of JSON for examples/blog-card.html, each a different title, to stdout.
#   og-render-bench/scripts/make-batch.sh 1000 > /tmp/items.jsonl
# Titles are made from a fixed word list (deterministic), 3 to 14 words, so they wrap onto 1-3 lines.
set -eu
n="${1:-1000}"
awk -v n="$n" 'BEGIN {
  split("render cards faster with pure Java flexbox gradients and fonts at scale without a browser " \
        "how we built social images for every post in one weekend notes on caching PNG encoding " \
        "deflate levels text shaping line breaking ellipsis", w, " ")
  nw = length(w)
  for (i = 1; i <= n; i++) {
    len = 3 + (i * 7) % 12
    t = sprintf("#%d", i)
    for (j = 0; j < len; j++) t = t " " w[1 + (i * 13 + j * 5) % nw]
    t = toupper(substr(t, 1, 1)) substr(t, 2)
    printf "{\"name\": \"card-%05d\", \"category\": \"Guide %d\", \"title\": \"%s\", \"author\": \"Author %d\"}\n", i, i % 17, t, i % 53
  }
}'
