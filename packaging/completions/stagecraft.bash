# bash completion for stagecraft                           -*- shell-script -*-
# Commands, their flags and flag values; stacks come from `stagecraft options`.

_stagecraft_config_flags="--preset --stack --package-manager --language-version --base --non-root --no-non-root
    --uid --gid --cache-mounts --no-cache-mounts --port --start-command --healthcheck --no-healthcheck
    --healthcheck-path --label --option --comments --no-comments"

_stagecraft()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="options generate estimate detect check handout help"
    local command="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            options | generate | estimate | detect | check | handout | help)
                command=${COMP_WORDS[i]}
                break
                ;;
        esac
    done
    COMPREPLY=()

    # A flag's value.
    case $prev in
        --preset | --save-preset | --compare | --dockerfile)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return
            ;;
        --output)
            compopt -o filenames 2>/dev/null
            if [[ $command == handout ]]; then
                mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            else
                mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            fi
            return
            ;;
        --project)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return
            ;;
        --stack)
            local stacks
            stacks=$("${COMP_WORDS[0]}" options 2>/dev/null | awk '/^[^ ]/ { print $1 }')
            mapfile -t COMPREPLY < <(compgen -W "$stacks" -- "$cur")
            return
            ;;
        --package-manager)
            mapfile -t COMPREPLY < <(compgen -W "npm pnpm yarn yarn-berry bun go pip poetry uv maven gradle nuget" -- "$cur")
            return
            ;;
        --base)
            mapfile -t COMPREPLY < <(compgen -W "alpine slim distroless scratch" -- "$cur")
            return
            ;;
        --label)
            compopt -o nospace 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -W "title= description= source= licenses=" -- "$cur")
            return
            ;;
        --language-version | --uid | --gid | --port | --start-command | --healthcheck-path | --option)
            return
            ;;
    esac

    local flags
    case $command in
        "")
            flags="--help -h --version --json --preset"
            if [[ $cur != -* ]]; then
                compopt -o filenames 2>/dev/null
                mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur"; compgen -d -- "$cur")
                return
            fi
            ;;
        options) flags="--json --help" ;;
        generate) flags="$_stagecraft_config_flags --single-stage --output --force --save-preset --project --write-anyway --check --help" ;;
        estimate) flags="$_stagecraft_config_flags --project --compare --json --help" ;;
        detect) flags="--json --project --help" ;;
        check) flags="--dockerfile --json --help" ;;
        handout) flags="$_stagecraft_config_flags --project --output --force --help" ;;
        help)
            [[ $COMP_CWORD -eq $((i + 1)) ]] && mapfile -t COMPREPLY < <(compgen -W "${commands% help}" -- "$cur")
            return
            ;;
    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$flags" -- "$cur")
    elif [[ $command == detect || $command == check ]]; then
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
    fi
}

complete -F _stagecraft stagecraft
