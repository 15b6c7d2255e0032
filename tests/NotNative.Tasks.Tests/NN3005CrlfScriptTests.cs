namespace NotNative.Tasks.Tests;

public class NN3005CrlfScriptTests
{
    [Fact]
    public void CRLF_script_copied_into_a_Linux_stage_is_an_error_at_the_COPY()
    {
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT [\"/entrypoint.sh\"]\n");
        context.Write("entrypoint.sh", "#!/bin/sh\r\necho hi\r\n");

        var (result, engine) = context.Run();

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NN3005", error.Code);
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(6, error.ColumnNumber);
        Assert.EndsWith("Dockerfile", error.File);
        Assert.Contains("eol=lf", error.Message);
    }

    [Fact]
    public void Script_found_by_shebang_inside_a_copied_folder_is_reported()
    {
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine\nCOPY scripts/ /usr/local/bin/\n");
        context.Write("scripts/start", "#!/bin/bash\r\nexec app\r\n");

        var (_, engine) = context.Run();

        Assert.Equal("NN3005", Assert.Single(engine.Errors).Code);
    }

    [Theory]
    [InlineData("#!/bin/sh\necho hi\n", "FROM alpine\nCOPY entrypoint.sh /e.sh\n", "")] // LF
    [InlineData("#!/bin/sh\r\necho hi\r\n", "FROM alpine\nCOPY . /src\n", "entrypoint.sh\n")] // .dockerignore
    [InlineData("#!/bin/sh\r\necho hi\r\n", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY entrypoint.sh C:/e.sh\n", "")] // Windows target below
    [InlineData("not a script\r\n", "FROM alpine\nCOPY notes.txt /notes.txt\n", "")]
    public void LF_ignored_Windows_or_non_scripts_are_not_reported(string script, string dockerfile, string dockerignore)
    {
        using var context = new TempContext();
        context.Write("Dockerfile", dockerfile);
        context.Write("entrypoint.sh", script);
        context.Write("notes.txt", "a\r\nb\r\n");
        if (dockerignore.Length > 0)
        {
            context.Write(".dockerignore", dockerignore);
        }

        var (result, engine) = context.Run(configure: t => t.NotNativeTargetOS = dockerfile.Contains("windows", StringComparison.Ordinal) ? "windows" : "linux");

        Assert.True(result);
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void Reported_once_on_the_COPY_into_the_final_image_not_on_COPY_dot_into_a_build_stage()
    {
        using var context = new TempContext();
        context.Write("Dockerfile",
            "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -o /app\n" +
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app /app\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT [\"/entrypoint.sh\"]\n");
        context.Write("entrypoint.sh", "#!/bin/sh\r\nexec dotnet /app/app.dll\r\n");

        var (_, engine) = context.Run();

        var error = Assert.Single(engine.Errors);
        Assert.Equal("NN3005", error.Code);
        Assert.Equal(7, error.LineNumber);
    }

    [Fact]
    public void A_build_stage_that_never_runs_the_script_is_not_reported()
    {
        using var context = new TempContext();
        context.Write("Dockerfile",
            "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -o /app\n" +
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app /app\n");
        context.Write("tools/dev.sh", "#!/bin/sh\r\necho dev only\r\n");

        var (_, engine) = context.Run();

        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void A_build_stage_that_runs_the_script_is_reported_there()
    {
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine AS build\nCOPY . /src\nRUN /src/build.sh\nFROM alpine\nCOPY --from=build /out /out\n");
        context.Write("build.sh", "#!/bin/sh\r\necho build\r\n");

        var (_, engine) = context.Run();

        var error = Assert.Single(engine.Errors);
        Assert.Equal("NN3005", error.Code);
        Assert.Equal(2, error.LineNumber);
    }
}
