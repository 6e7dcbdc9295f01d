# fish completion for stagecraft: commands, their flags and flag values; stacks come from
# `stagecraft options`. Every line names the commands it belongs to.

complete -c stagecraft -f

complete -c stagecraft -n __fish_use_subcommand -a options -d 'list stacks, package managers, versions and bases'
complete -c stagecraft -n __fish_use_subcommand -a generate -d 'write a Dockerfile for a configuration'
complete -c stagecraft -n __fish_use_subcommand -a estimate -d 'image sizes, single-stage vs multi-stage'
complete -c stagecraft -n __fish_use_subcommand -a detect -d 'scan a project folder'
complete -c stagecraft -n __fish_use_subcommand -a check -d 'check a Dockerfile against its project'
complete -c stagecraft -n __fish_use_subcommand -a handout -d 'an HTML handout of both Dockerfiles'
complete -c stagecraft -n __fish_use_subcommand -a help -d 'the list of commands, or a command\'s help'
complete -c stagecraft -n __fish_use_subcommand -a '(__fish_complete_directories)'
complete -c stagecraft -n __fish_use_subcommand -s h -l help -d 'the list of commands'
complete -c stagecraft -n __fish_use_subcommand -l version -d 'the version'
complete -c stagecraft -n __fish_use_subcommand -l json -d 'with --version: as JSON'
complete -c stagecraft -n __fish_use_subcommand -l preset -r -F -d 'open the wizard with a preset'

complete -c stagecraft -n '__fish_seen_subcommand_from help' -a 'options generate estimate detect check handout'

complete -c stagecraft -n '__fish_seen_subcommand_from options generate estimate detect check handout' -l help -d 'this command\'s help'
complete -c stagecraft -n '__fish_seen_subcommand_from options estimate detect check' -l json -d 'the result as JSON'

complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l preset -r -F -d 'start from a preset file'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l stack -x -a '(stagecraft options 2>/dev/null | string match -r "^\S+")' -d 'the stack'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l package-manager -x -a 'npm pnpm yarn yarn-berry bun go pip poetry uv maven gradle nuget' -d 'the package manager'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l language-version -x -d 'the language version'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l base -x -a 'alpine slim distroless scratch' -d 'the base image family'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l non-root -d 'run the final stage as an unprivileged user'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l no-non-root -d 'run the final stage as root'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l uid -x -d 'the user id'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l gid -x -d 'the group id'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l cache-mounts -d 'BuildKit cache mounts'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l no-cache-mounts -d 'no BuildKit cache mounts'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l port -x -d 'the port the app listens on'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l start-command -x -d 'the command that starts the app'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l healthcheck -d 'a HEALTHCHECK where the base can run one'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l no-healthcheck -d 'no HEALTHCHECK'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l healthcheck-path -x -d 'the path the health check requests'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l label -x -a 'title= description= source= licenses=' -d 'an OCI label'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l option -x -d 'a stack option, KEY=VALUE'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l comments -d 'each line explained in a comment above it'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l no-comments -d 'no explanations as comments'

complete -c stagecraft -n '__fish_seen_subcommand_from generate' -l single-stage -d 'the naive single-stage variant'
complete -c stagecraft -n '__fish_seen_subcommand_from generate' -l output -x -a '(__fish_complete_directories)' -d 'write DIR/Dockerfile and DIR/.dockerignore'
complete -c stagecraft -n '__fish_seen_subcommand_from generate handout' -l force -d 'replace existing files, keeping backups'
complete -c stagecraft -n '__fish_seen_subcommand_from generate' -l save-preset -r -F -d 'also write the configuration as a preset'
complete -c stagecraft -n '__fish_seen_subcommand_from generate estimate handout' -l project -x -a '(__fish_complete_directories)' -d 'start from a scan of this folder'
complete -c stagecraft -n '__fish_seen_subcommand_from generate' -l write-anyway -d 'write a Dockerfile the check refused'
complete -c stagecraft -n '__fish_seen_subcommand_from generate' -l check -d 'compare the files on disk with what would be written'

complete -c stagecraft -n '__fish_seen_subcommand_from estimate' -l compare -r -F -d 'also price another Dockerfile'

complete -c stagecraft -n '__fish_seen_subcommand_from detect' -l project -x -a '(__fish_complete_directories)' -d 'one project of a monorepo'
complete -c stagecraft -n '__fish_seen_subcommand_from detect check' -a '(__fish_complete_directories)'

complete -c stagecraft -n '__fish_seen_subcommand_from check' -l dockerfile -r -F -d 'the Dockerfile to check'

complete -c stagecraft -n '__fish_seen_subcommand_from handout' -l output -r -F -d 'write the page into this file'
