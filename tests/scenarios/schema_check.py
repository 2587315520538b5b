"""Checks docs/scenario.schema.json with a real JSON Schema validator (python3-jsonschema):
every example, variant and init template must pass it, and every invalid fixture whose expected messages name an
unknown key or a wrong type must fail it.

Usage: /usr/bin/python3 schema_check.py SOURCE_DIR. Exit code 0 when all hold, 1 when not, 77
(ctest: skipped) when a module is missing outside CI; in CI (CI=true) a missing module fails.
"""
import os
import re
import sys
from pathlib import Path

try:
    import jsonschema
    import yaml
except ImportError as e:
    print(f"schema check skipped: {e} (install python3-jsonschema and python3-yaml)")
    sys.exit(1 if os.environ.get("CI") == "true" else 77)


class Loader(yaml.SafeLoader):
    """PyYAML follows YAML 1.1; read numbers as YAML 1.2 (and mvzsim) do: 1.5e3 and 1e9 are floats."""


Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"),
    list("-+0123456789."),
)

# Messages of the loader that the schema must catch too: keys it does not know, values of the
# wrong type.
MUST_FAIL = re.compile(
    r"unknown key|expected a number|expected a whole number|expected a mapping|expected a list(?! of [0-9]+ weights)|"
    r"expected one line|got the string"
)


def main(source: Path) -> int:
    schema = yaml.safe_load((source / "docs" / "scenario.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    failures = []
    examples = [
        *sorted((source / "examples").glob("*.yaml")),
        *sorted((source / "examples" / "variants").glob("*.yaml")),
        *sorted((source / "scenarios" / "templates").glob("*.yaml")),  # mvzsim init's
    ]
    for file in examples:
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=Loader)
        errors = [e.message for e in validator.iter_errors(data)]
        if errors:
            failures.append(f"{file.name}: an example fails the schema: {errors[:3]}")
    caught = 0
    for file in sorted((source / "tests" / "scenarios" / "invalid").glob("*.yaml")):
        expected = file.with_suffix(".expected").read_text(encoding="utf-8")
        if not MUST_FAIL.search(expected):
            continue
        try:
            data = yaml.load(file.read_bytes(), Loader=Loader)
        except yaml.YAMLError:
            continue  # not YAML for PyYAML either: no document to check
        if validator.is_valid(data):
            failures.append(f"{file.name}: passes the schema, but the loader reports: {expected.splitlines()[0]}")
        else:
            caught += 1
    for line in failures:
        print(line)
    print(f"schema check: {len(examples)} examples pass; {caught} invalid fixtures with unknown keys or wrong "
          f"types fail, as they must")
    return 1 if failures or len(examples) < 9 or caught < 10 else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
