# Opbak - the only entry points a user needs.
#
#   make run     packages, build, the local stack on 127.0.0.1:$(PORT)
#   make test    packages, build, every test on a throw-away stack
#   make stop    stop what `make run` started
#   make bench   the site beside nginx's and FastCGI's limits (tests/bench)
#   make lint    cppcheck and clang-format over cgi-bin/
#   make fuzz    libFuzzer over each parser (clang), FUZZ_SECONDS each
#   make pot     extract translatable strings into po/opbak.pot
#   make cluster the same site on a local cluster (scripts/cluster.sh): three
#                Galera nodes, two app hosts, a front on 127.0.0.1:$(PORT)
#   make cluster-stop    stop what `make cluster` started
#   make check-cluster   faults and load against a private cluster

BUILD    ?= build
PORT     ?= 8080
TEST_PORT ?= 18080
SANITIZE ?=

CC  = gcc
CXX = g++
PKGS = fcgi libmariadb libctemplate_nothreads libsodium libcmark libxml-2.0

# Recursive (=) on purpose: pkg-config runs after `make deps` installed it.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS)) -lunistring
# An executable's own libraries, LIBS_<app>: media checks uploads with
# libmagic (types), TagLib's C API (audio) and libgd (images).
LIBS_media = $(shell pkg-config --libs libmagic taglib_c gdlib)

ifeq ($(SANITIZE),1)
OPT = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
HARDEN =
LDHARDEN = -fsanitize=address,undefined
else
OPT = -O2 -g
HARDEN = -fstack-protector-strong -D_FORTIFY_SOURCE=2 -fPIE
LDHARDEN = -pie -Wl,-z,relro,-z,now
endif

# -MMD -MP: every object also writes which headers it read (.d files,
# included below), so editing any header rebuilds exactly what uses it.
WARN     = -Wall -Wextra -Werror -Wshadow -Wformat=2 -Wvla
CWARN    = $(WARN) -Wmissing-prototypes -Wstrict-prototypes
INCLUDES = -Icgi-bin/core -Icgi-bin/community
CFLAGS   = -std=c11 -D_DEFAULT_SOURCE $(CWARN) $(OPT) $(HARDEN) -MMD -MP $(INCLUDES) $(PKG_CFLAGS)
CXXFLAGS = -std=c++17 $(WARN) -Wno-unused-parameter $(OPT) $(HARDEN) -MMD -MP $(INCLUDES) $(PKG_CFLAGS)
LDFLAGS  = $(OPT) $(LDHARDEN)

# The layers, each a static library; an executable links its own, then
# the community's, then core:
#   cgi-bin/core/       libopbak.a      what any executable needs (no product rules)
#   cgi-bin/community/  libcommunity.a  the community's rules (ledger, guards, accounts)
#   cgi-bin/<app>/      lib<app>.a      an executable's pages (all but main.c), so
#                                       unit tests reach its helpers
# Every folder of cgi-bin/ with a main.c is a FastCGI executable.
APPS      = $(patsubst cgi-bin/%/main.c,%,$(wildcard cgi-bin/*/main.c))
CORE_C    = $(wildcard cgi-bin/core/*.c)
CORE_OBJ  = $(CORE_C:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/cgi-bin/core/tmpl.o
CORE_LIB  = $(BUILD)/libopbak.a
COMMUNITY_C   = $(wildcard cgi-bin/community/*.c)
COMMUNITY_LIB = $(BUILD)/libcommunity.a
APP_LIBS  = $(APPS:%=$(BUILD)/lib%.a)
LIBS      = $(APP_LIBS) $(COMMUNITY_LIB) $(CORE_LIB)
APP_BINS  = $(APPS:%=$(BUILD)/bin/%)
TOOL_BINS = $(BUILD)/bin/opbak-user $(BUILD)/bin/opbak-retention
UNIT_SRC  = $(wildcard tests/unit/test_*.c)
UNIT_BINS = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRC  = $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BINS = $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/fuzz/%)
PO        = $(wildcard po/*.po)
MO        = $(PO:po/%.po=build/locale/%/LC_MESSAGES/opbak.mo)
# The locale of each language but English (cgi-bin/core/i18n.c), built
# from Debian's locales package into the tree: a worker switches language
# per request with uselocale(), and needs no locale generated system-wide.
LOCALES   = $(patsubst %,build/locales/%.UTF-8/LC_MESSAGES/SYS_LC_MESSAGES,da_DK sv_SE)
# nginx's own error pages (400, 413, 414, 429, 502) in every language:
# htdocs/errors/<lang>/ from nginx/errors/*.html and the catalogues
# (scripts/error-pages.py); nginx serves the visitor's (nginx/opbak.conf.in).
ERROR_SRC   = $(wildcard nginx/errors/*.html)
ERROR_LANGS = en $(PO:po/%.po=%)
ERROR_PAGES = $(foreach l,$(ERROR_LANGS),$(ERROR_SRC:nginx/errors/%=htdocs/errors/$(l)/%))

.PHONY: all deps run stop test unit bench lint fuzz pot clean check-hard backup restore \
	cluster cluster-stop check-cluster
.DELETE_ON_ERROR:

all: $(APP_BINS) $(TOOL_BINS) $(MO) $(LOCALES) $(ERROR_PAGES)

deps:
	@scripts/deps.sh

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Icgi-bin/$(word 2,$(subst /, ,$<)) -c $< -o $@

$(BUILD)/obj/cgi-bin/core/tmpl.o: cgi-bin/core/tmpl.cc
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS) -c $< -o $@

$(CORE_LIB): $(CORE_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(COMMUNITY_LIB): $(COMMUNITY_C:%.c=$(BUILD)/obj/%.o)
	@rm -f $@
	ar rcs $@ $^

# One executable per folder: main.c, then lib<app>.a (every other .c).
define app_rule
$(BUILD)/lib$(1).a: $(patsubst %.c,$(BUILD)/obj/%.o,$(filter-out cgi-bin/$(1)/main.c,$(wildcard cgi-bin/$(1)/*.c)))
	@rm -f $$@
	ar rcs $$@ $$^
$(BUILD)/bin/$(1): $(BUILD)/obj/cgi-bin/$(1)/main.o $(BUILD)/lib$(1).a $(COMMUNITY_LIB) $(CORE_LIB)
	@mkdir -p $$(dir $$@)
	$(CXX) $(LDFLAGS) -o $$@ $$^ $$(PKG_LIBS) $$(LIBS_$(1))
endef
$(foreach a,$(APPS),$(eval $(call app_rule,$(a))))

$(BUILD)/bin/opbak-user: $(BUILD)/obj/cgi-bin/tools/opbak-user.o $(COMMUNITY_LIB) $(CORE_LIB)
	@mkdir -p $(dir $@)
	$(CXX) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

# The retention job once (community/retention.h), for a timer in production.
$(BUILD)/bin/opbak-retention: $(BUILD)/obj/cgi-bin/tools/opbak-retention.o $(COMMUNITY_LIB) $(CORE_LIB)
	@mkdir -p $(dir $@)
	$(CXX) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

# Unit tests and fuzz targets see every layer's headers and link every
# layer's library (only what they use is pulled in).
TEST_INCLUDES = $(APPS:%=-Icgi-bin/%)

$(BUILD)/tests/%: tests/unit/%.c $(LIBS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(TEST_INCLUDES) -o $@.o -c $<
	$(CXX) $(LDFLAGS) -o $@ $@.o $(LIBS) $(PKG_LIBS) $(LIBS_media) -lcmocka

# Fuzz targets built with gcc as corpus replayers (tests/fuzz/replay.c);
# `make fuzz` builds them with clang's libFuzzer instead.
$(BUILD)/fuzz/%: tests/fuzz/%.c tests/fuzz/replay.c $(LIBS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(TEST_INCLUDES) -o $@.o -c $<
	$(CC) $(CFLAGS) -o $@.replay.o -c tests/fuzz/replay.c
	$(CXX) $(LDFLAGS) -o $@ $@.o $@.replay.o $(LIBS) $(PKG_LIBS) $(LIBS_media)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

build/locale/%/LC_MESSAGES/opbak.mo: po/%.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

build/locales/%.UTF-8/LC_MESSAGES/SYS_LC_MESSAGES:
	@mkdir -p build/locales
	localedef -i $* -c -f UTF-8 build/locales/$*.UTF-8

# One rule per language: its pages depend on its catalogue (none for en).
define error_pages_rule
htdocs/errors/$(1)/%.html: nginx/errors/%.html scripts/error-pages.py $(filter build/locale/$(1)/%,$(MO))
	scripts/error-pages.py $(1) $$< $$@ $(filter build/locale/$(1)/%,$(MO))
endef
$(foreach l,$(ERROR_LANGS),$(eval $(call error_pages_rule,$(l))))

unit: $(UNIT_BINS) $(FUZZ_BINS) $(MO) $(LOCALES)

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

# The cluster (scripts/cluster.sh): var/cluster/, the front on $(PORT),
# app host N on $(PORT)+N. The same logins as make run.
cluster: deps
	@$(MAKE) --no-print-directory all
	@PORT=$(PORT) BIN_DIR=$(BUILD)/bin scripts/cluster.sh start
	@echo "Demo logins (handle / password):"
	@sed -n 's/^# login: /  /p' scripts/demo.sh
	@echo "Stop it with: make cluster-stop"

cluster-stop:
	@PORT=$(PORT) scripts/cluster.sh stop

# Faults and load against a private cluster (scripts/check-cluster.sh);
# not part of make test.
check-cluster: deps
	@$(MAKE) --no-print-directory all
	@BIN_DIR=$(BUILD)/bin scripts/check-cluster.sh

test: deps
	@$(MAKE) --no-print-directory all unit
	@$(MAKE) --no-print-directory BUILD=build/asan SANITIZE=1 all unit
	@PORT=$(TEST_PORT) scripts/test.sh

# make bench's FastCGI limit: the same bytes from memory (tests/bench/limit.c).
$(BUILD)/tests/bench-limit: tests/bench/limit.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(LDFLAGS) -lfcgi

bench: all $(BUILD)/tests/bench-limit
	@BUILD=$(BUILD) python3 tests/bench/bench.py

lint:
	cppcheck --quiet --inline-suppr --error-exitcode=1 --enable=warning,portability --std=c11 \
		--suppress=missingIncludeSystem -Icgi-bin/core -Icgi-bin/community cgi-bin/
	clang-format --dry-run --Werror cgi-bin/*/*.c cgi-bin/*/*.h cgi-bin/core/tmpl.cc

fuzz:
	@scripts/fuzz.sh

pot:
	@scripts/po-extract.sh

clean:
	rm -rf build

# Faults and load against a private stack (var/hard); not part of make test.
check-hard:
	@$(MAKE) --no-print-directory all
	@BIN_DIR=$(BUILD)/bin scripts/check-hard.sh

# make backup [STACK_DIR=var] [BACKUP=path]; make restore BACKUP=path [STACK_DIR=...]
backup:
	@scripts/backup.sh

restore:
	@scripts/restore.sh
