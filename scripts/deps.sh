#!/bin/sh
# Install the Debian packages Opbak needs, only those missing.
# Runs apt-get update first on a machine whose package lists are empty.
set -eu

PACKAGES="build-essential pkg-config gettext
libfcgi-dev libmariadb-dev libctemplate-dev libxml2-dev libsodium-dev libcmark-dev
libcmocka-dev libunistring-dev libxml2-utils libmagic-dev libtagc0-dev libgd-dev ffmpeg mariadb-server mariadb-client nginx libnginx-mod-nchan curl python3 wrk valgrind
galera-4 rsync redis-server
clang clang-format cppcheck procps tzdata locales
default-jre-headless
chromium nodejs npm"

missing=""
for p in $PACKAGES; do
	# The browser tests need a node and an npm, whoever packaged them: a
	# machine with another vendor's nodejs (which bundles npm and conflicts
	# with Debian's npm) keeps it.
	case $p in
	nodejs) command -v node >/dev/null 2>&1 && continue ;;
	npm) command -v npm >/dev/null 2>&1 && continue ;;
	esac
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "deps: installing$missing"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# policy-rc.d: do not let package scripts start system services (we run our own)
if [ ! -e /usr/sbin/policy-rc.d ]; then
	printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
	$SUDO chmod 755 /usr/sbin/policy-rc.d
	trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
