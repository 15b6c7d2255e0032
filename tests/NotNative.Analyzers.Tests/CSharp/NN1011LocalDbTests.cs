using NotNative.Analyzers.CSharp;
using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.LocalDbConnectionStringAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

/// <summary>NN1011: SQL Server LocalDB connection strings in container code and in the project's appsettings files.</summary>
public class NN1011LocalDbTests
{
    private const string NoCode = "class C { }";

    /// <summary>The ASP.NET Core template's appsettings.json with individual accounts (Visual Studio on Windows).</summary>
    private const string TemplateSettings = """
        {
          "ConnectionStrings": {
            "DefaultConnection": "Server=(localdb)\\mssqllocaldb;Database=aspnet-WebApp-53bc9b9d-9d6a-45d4-8429-2a2761773502;Trusted_Connection=True;MultipleActiveResultSets=true"
          },
          "Logging": {
            "LogLevel": {
              "Default": "Information",
              "Microsoft.AspNetCore": "Warning"
            }
          },
          "AllowedHosts": "*"
        }
        """;

    private static DiagnosticResult InSettings(string path, int line, int column, int endColumn, string dataSource = @"(localdb)\mssqllocaldb") =>
        Verify.Diagnostic("NN1011").WithSpan(path, line, column, line, endColumn).WithArguments(dataSource);

    [Fact]
    public Task LocalDB_strings_in_code_are_reported() => Verify.VerifyAsync("""
        class C
        {
            const string Fallback = {|#0:@"Data Source=(LocalDB)\MSSQLLocalDB;Initial Catalog=Shop;Integrated Security=True"|};

            string M(string? configured, string db) => configured
                ?? {|#1:"Server=(localdb)\\mssqllocaldb;Database=App;Trusted_Connection=True"|}
                + $"{|#2:;Server=(LOCALDB)\\v11.0;Database=|}{db}";
        }
        """,
        Verify.Diagnostic("NN1011").WithLocation(0).WithArguments(@"(LocalDB)\MSSQLLocalDB"),
        Verify.Diagnostic("NN1011").WithLocation(1).WithArguments(@"(localdb)\mssqllocaldb"),
        Verify.Diagnostic("NN1011").WithLocation(2).WithArguments(@"(LOCALDB)\v11.0"));

    [Fact]
    public Task Other_servers_guarded_code_and_design_time_factories_are_not_reported() => Verify.VerifyAsync("""
        using System;
        class C
        {
            string A() => "Server=db;Database=App;User Id=sa;Password=Your_password123;TrustServerCertificate=True";
            string B() => "Data Source=app.db;Cache=Shared";
            string D() => "Server=localhost,1433;Database=App";
            string E() => OperatingSystem.IsWindows() ? @"Server=(localdb)\mssqllocaldb;Database=App" : "Server=db;Database=App";
            string F() => "localdb is only on Windows";
        }
        namespace Microsoft.EntityFrameworkCore.Design
        {
            public interface IDesignTimeDbContextFactory<out TContext> { TContext CreateDbContext(string[] args); }
        }
        class AppDbContext { }
        // `dotnet ef` runs this on the developer's machine.
        class DesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<AppDbContext>
        {
            public AppDbContext CreateDbContext(string[] args) { var cs = @"Server=(localdb)\mssqllocaldb;Database=App"; return new AppDbContext(); }
        }
        """);

    /// <summary>The ASP.NET Core template's LocalDB string, held out: reported on its line and column in appsettings.json and appsettings.Production.json, not in appsettings.Development.json.</summary>
    [Fact]
    public Task Held_out_the_ASP_NET_Core_template_s_LocalDB_string_in_appsettings() => Verify.VerifyAsync(NoCode, BuildProperties.LinuxContainer,
        new Dictionary<string, string>
        {
            ["/src/appsettings.json"] = TemplateSettings,
            ["/src/appsettings.Production.json"] = "{ \"ConnectionStrings\": { \"Shop\": \"Data Source=(LocalDB)\\\\MSSQLLocalDB;Initial Catalog=Shop\" } }",
            ["/src/appsettings.Development.json"] = TemplateSettings,
            ["/src/appsettings.Staging.json"] = "{ \"ConnectionStrings\": { \"Shop\": \"Server=sql;Database=Shop\" } }",
        },
        references: null,
        InSettings("/src/appsettings.Production.json", 1, 34, 92, @"(LocalDB)\MSSQLLocalDB"),
        InSettings("/src/appsettings.json", 3, 26, 172));

    [Fact]
    public Task The_held_out_template_s_fixed_twin_is_clean() => Verify.VerifyAsync(NoCode, BuildProperties.LinuxContainer,
        new Dictionary<string, string>
        {
            ["/src/appsettings.json"] = TemplateSettings.Replace(@"Server=(localdb)\\mssqllocaldb;", "Server=sql;").Replace("Trusted_Connection=True", "User Id=app;TrustServerCertificate=True"),
            ["/src/appsettings.Development.json"] = TemplateSettings,
        },
        references: null);

    [Fact]
    public Task Settings_of_a_project_that_is_not_a_container_are_not_reported() => Verify.VerifyAsync(NoCode, BuildProperties.None,
        new Dictionary<string, string> { ["/src/appsettings.json"] = TemplateSettings }, references: null);

    [Fact]
    public Task Comments_keys_and_other_json_files_are_not_reported() => Verify.VerifyAsync(NoCode, BuildProperties.LinuxContainer,
        new Dictionary<string, string>
        {
            ["/src/appsettings.json"] = "{\n  // \"Default\": \"Server=(localdb)\\\\mssqllocaldb\"\n  /* \"Server=(localdb)\\\\x\" */\n  \"Default\": \"Server=db\"\n}\n",
            ["/src/launchSettings.json"] = TemplateSettings,
            ["/src/config.json"] = TemplateSettings,
        },
        references: null);

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("{\"a\": \"Server=(localdb)\\\\")]
    [InlineData("{\"a\": \"(localdb)\\\\x\n\"b\": 1}")]
    [InlineData("/*")]
    [InlineData("{\"a\\\\\": \"\\\"(localdb)\\\\\"}")]
    public void Malformed_json_is_read_without_throwing(string json)
    {
        foreach (var (span, _) in LocalDbConnectionStringAnalyzer.JsonStringsWithLocalDb(json))
        {
            Assert.InRange(span.End, 0, json.Length);
        }
    }
}
