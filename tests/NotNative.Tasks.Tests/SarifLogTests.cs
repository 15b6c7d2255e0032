using System.Text.Json;

namespace NotNative.Tasks.Tests;

/// <summary>NotNativeSarifLog: the task's findings as SARIF, since the compiler's ErrorLog never holds them.</summary>
public class SarifLogTests
{
    private static List<string> RuleIds(string sarif)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()!).ToList();
    }

    [Fact]
    public void Every_finding_the_task_logs_is_in_the_SARIF_log_and_its_folder_is_created()
    {
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine\nCOPY run.sh /run.sh\nENTRYPOINT [\"/run.sh\"]\n");
        context.Write("run.sh", "#!/bin/sh\r\necho hi\r\n");
        var sarif = Path.Combine(context.Root, "obj", "Debug", "notnative.sarif");

        var (result, engine) = context.Run(configure: t => { t.EngineCheck = "off"; t.SarifLog = sarif; });

        Assert.False(result);
        Assert.Equal(engine.Errors.Select(e => e.Code).ToList(), RuleIds(sarif));
        Assert.Equal(["NN3005"], RuleIds(sarif));
    }

    [Fact]
    public void A_configuration_error_is_in_the_SARIF_log_too()
    {
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine\n");
        var sarif = Path.Combine(context.Root, "notnative.sarif");

        var (_, engine) = context.Run(configure: t => { t.EngineCheck = "sometimes"; t.SarifLog = sarif; });

        Assert.Equal("NN9002", Assert.Single(engine.Errors).Code);
        Assert.Equal(["NN9002"], RuleIds(sarif));
    }

    [Fact]
    public void A_SARIF_log_that_cannot_be_written_is_NN9000_not_MSB4018()
    {
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine\n");

        var (result, engine) = context.Run(configure: t => { t.EngineCheck = "off"; t.SarifLog = context.Root; });

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NN9000", error.Code);
        Assert.Contains("could not write the SARIF log", error.Message, StringComparison.Ordinal);
    }
}
