# Opbak - the only entry points a user needs.
#
#   make run     packages, build, the local stack on 127.0.0.1:$(PORT)
#   make test    packages, build, every test on a throw-away stack
#   make stop    stop what `make run` started
#   make bench   wrk against a running stack (see tests/bench)
#   make lint    cppcheck and clang-format over cgi-bin/
#   make fuzz    libFuzzer over each parser (clang), FUZZ_SECONDS each
#   make pot     extract translatable strings into po/opbak.pot

BUILD    ?= build
PORT     ?= 8080
TEST_PORT ?= 18080
SANITIZE ?=

CC  = gcc
CXX = g++
PKGS = fcgi libmariadb libctemplate_nothreads libsodium libcmark libxml-2.0

# Recursive (=) on purpose: pkg-config runs after `make deps` installed it.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS))

ifeq ($(SANITIZE),1)
OPT = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
HARDEN =
LDHARDEN = -fsanitize=address,undefined
else
OPT = -O2 -g
HARDEN = -fstack-protector-strong -D_FORTIFY_SOURCE=2 -fPIE
LDHARDEN = -pie -Wl,-z,relro,-z,now
endif

WARN     = -Wall -Wextra -Werror
CFLAGS   = -std=c11 -D_DEFAULT_SOURCE $(WARN) $(OPT) $(HARDEN) -Icgi-bin/core $(PKG_CFLAGS)
CXXFLAGS = -std=c++17 $(WARN) -Wno-unused-parameter $(OPT) $(HARDEN) -Icgi-bin/core $(PKG_CFLAGS)
LDFLAGS  = $(OPT) $(LDHARDEN)

# Every folder of cgi-bin/ with a main.c is a FastCGI executable.
APPS      = $(patsubst cgi-bin/%/main.c,%,$(wildcard cgi-bin/*/main.c))
CORE_C    = $(wildcard cgi-bin/core/*.c)
CORE_OBJ  = $(CORE_C:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/cgi-bin/core/tmpl.o
CORE_LIB  = $(BUILD)/libopbak.a
APP_BINS  = $(APPS:%=$(BUILD)/bin/%)
TOOL_BINS = $(BUILD)/bin/opbak-user
UNIT_SRC  = $(wildcard tests/unit/test_*.c)
UNIT_BINS = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRC  = $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BINS = $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/fuzz/%)
PO        = $(wildcard po/*.po)
MO        = $(PO:po/%.po=build/locale/%/LC_MESSAGES/opbak.mo)

.PHONY: all deps run stop test unit bench lint fuzz pot clean
.DELETE_ON_ERROR:

all: $(APP_BINS) $(TOOL_BINS) $(MO)

deps:
	@scripts/deps.sh

$(BUILD)/obj/%.o: %.c $(wildcard cgi-bin/core/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Icgi-bin/$(word 2,$(subst /, ,$<)) -c $< -o $@

$(BUILD)/obj/cgi-bin/core/tmpl.o: cgi-bin/core/tmpl.cc cgi-bin/core/tmpl.h cgi-bin/core/arena.h
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS) -c $< -o $@

$(CORE_LIB): $(CORE_OBJ)
	@rm -f $@
	ar rcs $@ $^

# One executable per folder: every .c in cgi-bin/<app>/ (tools/ apart).
define app_rule
$(BUILD)/bin/$(1): $(patsubst %.c,$(BUILD)/obj/%.o,$(wildcard cgi-bin/$(1)/*.c)) $(CORE_LIB)
	@mkdir -p $$(dir $$@)
	$(CXX) $(LDFLAGS) -o $$@ $$^ $$(PKG_LIBS)
endef
$(foreach a,$(APPS),$(eval $(call app_rule,$(a))))

$(BUILD)/bin/opbak-user: $(BUILD)/obj/cgi-bin/tools/opbak-user.o $(CORE_LIB)
	@mkdir -p $(dir $@)
	$(CXX) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(CORE_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@.o -c $<
	$(CXX) $(LDFLAGS) -o $@ $@.o $(CORE_LIB) $(PKG_LIBS) -lcmocka

# Fuzz targets built with gcc as corpus replayers (tests/fuzz/replay.c);
# `make fuzz` builds them with clang's libFuzzer instead.
$(BUILD)/fuzz/%: tests/fuzz/%.c tests/fuzz/replay.c $(CORE_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@.o -c $<
	$(CC) $(CFLAGS) -o $@.replay.o -c tests/fuzz/replay.c
	$(CXX) $(LDFLAGS) -o $@ $@.o $@.replay.o $(CORE_LIB) $(PKG_LIBS)

build/locale/%/LC_MESSAGES/opbak.mo: po/%.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

unit: $(UNIT_BINS) $(FUZZ_BINS)

run: deps
	@$(MAKE) --no-print-directory all
	@PORT=$(PORT) scripts/stack.sh start
	@echo
	@echo "Opbak is running at http://127.0.0.1:$(PORT)/"
	@echo "Demo logins (handle / password):"
	@sed -n 's/^# login: /  /p' scripts/demo.sh
	@echo "Stop it with: make stop"

stop:
	@scripts/stack.sh stop

test: deps
	@$(MAKE) --no-print-directory all unit
	@$(MAKE) --no-print-directory BUILD=build/asan SANITIZE=1 unit
	@PORT=$(TEST_PORT) scripts/test.sh

bench:
	@tests/bench/bench.sh

lint:
	cppcheck --quiet --inline-suppr --error-exitcode=1 --enable=warning,portability --std=c11 \
		--suppress=missingIncludeSystem -Icgi-bin/core cgi-bin/
	clang-format --dry-run --Werror cgi-bin/*/*.c cgi-bin/*/*.h cgi-bin/core/tmpl.cc

fuzz:
	@scripts/fuzz.sh

pot:
	@scripts/po-extract.sh

clean:
	rm -rf build
