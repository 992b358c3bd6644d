"""
run.py - run every test_* function of every tests/http/test_*.py (or the
files given) against the test stack and print TAP: "ok N - file: name" or
"not ok N - ..." with the failure indented below.

A run that could not mean what it says does not pass:
- under `python3 -O` or PYTHONOPTIMIZE every bare `assert` vanishes, so
  the runner refuses to start ("Bail out!", exit 1);
- a test that is a generator (a stray `yield`) would return without running
  its body: it fails, as does a test that returns anything but None;
- a file that cannot be imported, that defines no test, or that defines
  two tests with one name (the second silently replacing the first) fails.
"""
import ast
import importlib.util
import inspect
import os
import sys
import traceback

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)


def asserts_run():
    try:
        assert False
    except AssertionError:
        return True
    return False


if sys.flags.optimize or not asserts_run():
    print("1..0")
    print("Bail out! Python runs with -O or PYTHONOPTIMIZE: every bare assert would vanish "
          "and each test pass without checking; run without it")
    sys.exit(1)

files = sys.argv[1:] or sorted(
    os.path.join(here, f) for f in os.listdir(here) if f.startswith("test_") and f.endswith(".py"))


def duplicate_tests(path):
    """Names of top-level test functions defined more than once."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    seen, twice = set(), []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test_"):
            if node.name in seen:
                twice.append(node.name)
            seen.add(node.name)
    return twice


def failing(message):
    """A stand-in test that fails with message (a file that is broken)."""
    def check():
        raise AssertionError(message)
    return check


# A file that sets RUN_LAST = True runs after the others (it leaves the
# stack in a state, such as a throttled address, that would disturb them).
modules = []
for path in files:
    name = os.path.splitext(os.path.basename(path))[0]
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    except Exception:
        modules.append((False, name, None, [("import", failing(
            "the file could not be loaded:\n" + traceback.format_exc()))]))
        continue
    found = []
    # Tests run in the order they are written: each file reads as a story.
    for fn in mod.__dict__.values():
        if callable(fn) and getattr(fn, "__name__", "").startswith("test_") \
                and fn.__module__ == name:
            found.append((fn.__name__, fn))
    for twice in duplicate_tests(path):
        found.append(("%s defined once" % twice, failing(
            "%s is defined more than once: only the last definition would run" % twice)))
    if not found:
        found.append(("has tests", failing("the file defines no test_* function")))
    modules.append((getattr(mod, "RUN_LAST", False), name, mod, found))

tests = []
for _, name, _, found in sorted(modules, key=lambda m: m[0]):
    tests.extend((name, label, fn) for label, fn in found)


def run(fn):
    """Call one test; raise if it did not really run."""
    inner = inspect.unwrap(fn)
    if inspect.isgeneratorfunction(inner) or inspect.iscoroutinefunction(inner):
        raise AssertionError("generator test never runs: %s has a yield (or is async), so "
                             "calling it runs none of its body" % inner.__name__)
    result = fn()
    if inspect.isgenerator(result) or inspect.iscoroutine(result):
        result.close()
        raise AssertionError("generator test never runs: %s returned %r instead of running"
                             % (inner.__name__, result))
    if result is not None:
        raise AssertionError("a test returns nothing; %s returned %r (a check meant as an "
                             "assert?)" % (inner.__name__, result))


print("1..%d" % len(tests))
sys.stdout.flush()
failed = 0
for i, (mod, label, fn) in enumerate(tests, 1):
    try:
        run(fn)
        print("ok %d - %s: %s" % (i, mod, label))
    except Exception:
        failed += 1
        print("not ok %d - %s: %s" % (i, mod, label))
        for line in traceback.format_exc().splitlines():
            print("#   " + line)
    sys.stdout.flush()
sys.exit(1 if failed else 0)
