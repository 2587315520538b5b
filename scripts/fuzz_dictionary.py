#!/usr/bin/python3
"""Writes a libFuzzer dictionary of scenario keys to standard output: every key and every fixed
word (enum value) of the committed JSON Schema, which `mvzsim schema` generates from the loader's
key tables, and the YAML tokens a scenario uses. Usage: fuzz_dictionary.py docs/scenario.schema.json"""
import json
import sys


def walk(node, keys, words):
    if isinstance(node, dict):
        for name, value in node.get("properties", {}).items():
            keys.add(name)
            walk(value, keys, words)
        for value in node.get("enum", []):
            if isinstance(value, str):
                words.add(value)
        for name, value in node.items():
            if name != "properties":
                walk(value, keys, words)
    elif isinstance(node, list):
        for value in node:
            walk(value, keys, words)


def quoted(text):
    return '"' + "".join(c if c.isalnum() or c in " _-.:[]{}" else "\\x%02x" % ord(c) for c in text) + '"'


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    keys, words = set(), set()
    walk(schema, keys, words)
    entries = [k + ": " for k in sorted(keys)] + sorted(words)
    entries += ["- ", ": ", "\n  ", "\n  - ", "[", "]", "{", "}", ", ", "---", "&a ", "*a", "<<: ", "!!str ", "~",
                "'", '"', "#", "2027-01", "1e9", "-1", "0.5", ".inf", ".nan", "90.000"]
    for e in entries:
        print(quoted(e))


if __name__ == "__main__":
    main()
