namespace NotNative.Dockerfiles.Syntax;

/// <summary>
/// The Dockerfile instructions the parser knows, as <see cref="Instruction.Name"/> holds them (lower case), as in
/// BuildKit's frontend/dockerfile/command/command.go.
/// </summary>
public static class InstructionNames
{
    public const string Add = "add";
    public const string Arg = "arg";
    public const string Cmd = "cmd";
    public const string Copy = "copy";
    public const string Entrypoint = "entrypoint";
    public const string Env = "env";
    public const string Expose = "expose";
    public const string From = "from";
    public const string Healthcheck = "healthcheck";
    public const string Label = "label";
    public const string Maintainer = "maintainer";
    public const string Onbuild = "onbuild";
    public const string Run = "run";
    public const string Shell = "shell";
    public const string Stopsignal = "stopsignal";
    public const string User = "user";
    public const string Volume = "volume";
    public const string Workdir = "workdir";
}
