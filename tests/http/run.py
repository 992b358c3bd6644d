"""
run.py - run every test_* function of every tests/http/test_*.py (or the
files given) against the test stack and print TAP: "ok N - file: name" or
"not ok N - ..." with the failure indented below.
"""
import importlib.util
import os
import sys
import traceback

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)

files = sys.argv[1:] or sorted(
    os.path.join(here, f) for f in os.listdir(here) if f.startswith("test_") and f.endswith(".py"))

# A file that sets RUN_LAST = True runs after the others (it leaves the
# stack in a state, such as a throttled address, that would disturb them).
modules = []
for path in files:
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    modules.append((getattr(mod, "RUN_LAST", False), name, mod))

tests = []
for _, name, mod in sorted(modules, key=lambda m: m[0]):
    # Tests run in the order they are written: each file reads as a story.
    for fn in mod.__dict__.values():
        if callable(fn) and getattr(fn, "__name__", "").startswith("test_") \
                and fn.__module__ == name:
            tests.append((name, fn))

print("1..%d" % len(tests))
failed = 0
for i, (mod, fn) in enumerate(tests, 1):
    try:
        fn()
        print("ok %d - %s: %s" % (i, mod, fn.__name__))
    except Exception:
        failed += 1
        print("not ok %d - %s: %s" % (i, mod, fn.__name__))
        for line in traceback.format_exc().splitlines():
            print("#   " + line)
    sys.stdout.flush()
sys.exit(1 if failed else 0)
