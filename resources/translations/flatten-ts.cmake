# cmake -DIN=lsdesk_de.ts -DOUT=any_de.ts -P flatten-ts.cmake
# Writes a copy of a .ts file with every context renamed to "@lsdesk" (kAnyContext in core/i18n): the
# fallback the translator uses when lupdate filed a message under another context than the code passes.
file(READ "${IN}" _ts)
string(REGEX REPLACE "<name>[^<]*</name>" "<name>@lsdesk</name>" _ts "${_ts}")
file(WRITE "${OUT}.tmp" "${_ts}")
file(RENAME "${OUT}.tmp" "${OUT}")
