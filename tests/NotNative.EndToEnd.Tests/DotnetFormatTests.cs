namespace NotNative.EndToEnd.Tests;

/// <summary>`dotnet format analyzers` applies every NotNative C# code fix in bulk, on a project that references the packed package.</summary>
[Collection(PackageCollection.Name)]
public class DotnetFormatTests(PackedPackage package)
{
    // Each fixable NN1xxx shape, with the unfixable ones first (an interpolated NN1003 was what dotnet format gave up on).
    private const string Program = """
        using System;
        using System.IO;

        static class Program
        {
            static void Main(string[] args)
            {
                var root = args.Length > 0 ? args[0] : ".";
                Console.WriteLine(File.Exists($@"{root}\logs\app.log"));
                Console.WriteLine(File.Exists($"{root}\\logs\\{args.Length}.log"));
                Console.WriteLine(File.Exists("config\\appsettings.json"));
                Console.WriteLine(File.Exists(@"wwwroot\css\site.css"));
                Console.WriteLine(File.Exists(root + "\\" + args[0]));
                Console.WriteLine(File.Exists("AppSettings.json"));
                Console.WriteLine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles));
                Console.WriteLine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData));
                Console.WriteLine(Environment.GetFolderPath(Environment.SpecialFolder.Desktop, Environment.SpecialFolderOption.None));
                Console.WriteLine(TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time"));
            }
        }

        """;

    private const string ProgramFixed = """
        using System;
        using System.IO;

        static class Program
        {
            static void Main(string[] args)
            {
                var root = args.Length > 0 ? args[0] : ".";
                Console.WriteLine(File.Exists($@"{root}/logs/app.log"));
                Console.WriteLine(File.Exists($"{root}/logs/{args.Length}.log"));
                Console.WriteLine(File.Exists("config/appsettings.json"));
                Console.WriteLine(File.Exists(@"wwwroot/css/site.css"));
                Console.WriteLine(File.Exists(root + "/" + args[0]));
                Console.WriteLine(File.Exists("appsettings.json"));
                Console.WriteLine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles));
                Console.WriteLine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create));
                Console.WriteLine(Environment.GetFolderPath(Environment.SpecialFolder.Desktop, Environment.SpecialFolderOption.Create));
                Console.WriteLine(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
            }
        }

        """;

    [Fact]
    public void Dotnet_format_applies_every_NotNative_code_fix()
    {
        var folder = package.CreateProject("FormatMe", dockerfile: null, "<DockerDefaultTargetOS>Linux</DockerDefaultTargetOS>", new()
        {
            ["appsettings.json"] = "{}\n",
            ["Program.cs"] = Program,
            ["Other.cs"] = "static class Other\n{\n    public static string Text => System.IO.File.ReadAllText(\"data\\\\other.json\");\n}\n",
        });
        var restore = Dotnet.Run(folder, "restore", "--nologo");
        Assert.True(restore.ExitCode == 0, restore.Output);

        var (exitCode, output) = Dotnet.Run(folder, "format", "analyzers", "--diagnostics", "NN1003", "NN1004", "NN1009", "NN1010", "--severity", "warn", "--no-restore", "-v", "diag");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("Unable to fix", output);
        Assert.Equal(ProgramFixed, File.ReadAllText(Path.Combine(folder, "Program.cs")));
        Assert.Equal("static class Other\n{\n    public static string Text => System.IO.File.ReadAllText(\"data/other.json\");\n}\n", File.ReadAllText(Path.Combine(folder, "Other.cs")));
    }
}
