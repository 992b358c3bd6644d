# Sourced by scripts/stack.sh, scripts/cluster.sh and scripts/cluster-db.sh:
# what they share about the processes they start.

# nginx_lang: the site's default language for nginx's own error pages
# (nginx/page-lang.conf), as the apps' (OPBAK_LANG); a code nginx has no
# pages for gets English's.
nginx_lang() {
    local lang=${OPBAK_LANG:-en}
    [[ $lang =~ ^[a-z]{2,3}$ ]] || lang=en
    printf '%s' "$lang"
}

# is_ours PID NEEDLE: PID is a live (not zombie) process whose command line
# contains NEEDLE. Guards against stale pid files whose pid now belongs to
# something else: we never signal a process that is not ours.
is_ours() {
    local pid=$1 needle=$2 state cmd
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    state=$(ps -o stat= -p "$pid" 2>/dev/null) || return 1
    [[ $state == Z* ]] && return 1
    cmd=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null) || return 1
    [[ $cmd == *"$needle"* ]]
}
