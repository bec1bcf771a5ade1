#!/usr/bin/env python3
"""Checks dataset files against the polity/1 JSON Schema.

Usage: check_schema.py SCHEMA [DATASET...] [--expect-invalid FILE...] [--expect-invalid-list LIST]

Every DATASET must pass the schema; every FILE after --expect-invalid, and every file named in
LIST, must fail it. LIST holds one path a line, relative to LIST's own folder; blank lines and
lines starting with '#' are skipped. A file that is not well-formed JSON, or repeats a key in an
object, counts as failing the schema; a file that cannot be read is a failure either way.

Prints one line per file, then "N passed, M failed", where a file passes when it did what was
expected of it. Exit status: 0 when nothing failed, 1 when something did, 2 for a usage error,
an unreadable LIST or an unusable schema. Needs only the standard library and jsonschema.
"""

import json
import os
import sys

import jsonschema
from jsonschema.exceptions import best_match

EXPECT_INVALID = "--expect-invalid"
EXPECT_INVALID_LIST = "--expect-invalid-list"
MAX_MESSAGE = 160  # characters of a schema message shown on a file's line


class UsageError(Exception):
    """The command line cannot be followed; the message says why."""


class Unreadable(Exception):
    """The file cannot be judged at all: missing, a folder, no permission."""


def reject_duplicate_keys(pairs):
    """object_pairs_hook: a repeated key is an error, not a silent overwrite."""
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def reject_constant(name):
    """parse_constant: NaN and Infinity are not JSON."""
    raise ValueError(f"{name} is not a JSON number")


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=reject_duplicate_keys, parse_constant=reject_constant)


def json_pointer(path):
    """RFC 6901 pointer of a jsonschema error path; "/" for the whole document."""
    parts = (str(p).replace("~", "~0").replace("/", "~1") for p in path)
    return "/" + "/".join(parts)


def shorten(text):
    text = " ".join(text.split())
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 3] + "..."


def read_list(list_path):
    """The paths named in a LIST file, made relative to the current folder."""
    try:
        with open(list_path, encoding="utf-8") as f:
            lines = [line.strip() for line in f]
    except OSError as e:
        raise UsageError(f"{list_path}: cannot read the list: {e.strerror}") from e
    folder = os.path.dirname(list_path)
    return [os.path.normpath(os.path.join(folder, line)) for line in lines if line and not line.startswith("#")]


def parse_arguments(args):
    """(schema, files expected valid, files expected invalid); raises UsageError."""
    if not args or args[0].startswith("--"):
        raise UsageError("the first argument must be the schema")
    schema, valid, invalid = args[0], [], []
    target = valid
    rest = iter(args[1:])
    for arg in rest:
        if arg == EXPECT_INVALID:
            target = invalid
        elif arg == EXPECT_INVALID_LIST:
            list_path = next(rest, None)
            if list_path is None:
                raise UsageError(f"{EXPECT_INVALID_LIST} needs a file")
            invalid.extend(read_list(list_path))
        elif arg.startswith("--"):
            raise UsageError(f"unknown option {arg}")
        else:
            target.append(arg)
    if not valid and not invalid:
        raise UsageError("no files to check")
    return schema, valid, invalid


def make_validator(schema_path):
    schema = load_json(schema_path)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def describe(error):
    """A schema error in words; a failed pattern is named by its schema's title, not its regex."""
    title = error.schema.get("title") if isinstance(error.schema, dict) else None
    if error.validator == "pattern" and title:
        return f"{error.instance!r} is not a valid {title.lower()}"
    return shorten(error.message)


def problem_of(validator, path):
    """Why the file fails the schema, in one line; None when it passes. Raises Unreadable."""
    try:
        document = load_json(path)
    except OSError as e:
        raise Unreadable(f"cannot read: {e.strerror}") from e
    except ValueError as e:  # includes JSONDecodeError and UnicodeDecodeError
        return f"not valid JSON: {e}"
    errors = list(validator.iter_errors(document))
    if not errors:
        return None
    first = best_match(errors)
    count = f"{len(errors)} schema error{'s' if len(errors) != 1 else ''}"
    return f"{count}; {json_pointer(first.absolute_path)}: {describe(first)}"


def judge(validator, path, expect_valid):
    """(did the file do what was expected, the line to print for it)."""
    try:
        problem = problem_of(validator, path)
    except Unreadable as e:
        return False, f"FAIL  {path}: {e}"
    if expect_valid and problem is None:
        return True, f"ok    {path}: valid"
    if expect_valid:
        return False, f"FAIL  {path}: {problem}"
    if problem is not None:
        return True, f"ok    {path}: rejected as expected ({problem})"
    return False, f"FAIL  {path}: expected to fail the schema, but it passes"


def main(argv):
    sys.stdout.reconfigure(errors="backslashreplace")
    try:
        schema_path, valid, invalid = parse_arguments(argv[1:])
    except UsageError as e:
        usage = __doc__.strip().splitlines()[2]
        print(f"check_schema.py: {e}\n{usage}", file=sys.stderr)
        return 2
    try:
        validator = make_validator(schema_path)
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print(f"{schema_path}: unusable schema: {shorten(str(e))}", file=sys.stderr)
        return 2

    passed = failed = 0
    for path, expect_valid in [(p, True) for p in valid] + [(p, False) for p in invalid]:
        ok, line = judge(validator, path, expect_valid)
        print(line)
        passed, failed = passed + ok, failed + (not ok)

    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
