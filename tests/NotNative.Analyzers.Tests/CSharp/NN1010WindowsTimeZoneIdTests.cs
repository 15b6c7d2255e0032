using NotNative.Analyzers.CSharp;
using NotNative.Analyzers.Tests.Verifiers;
using NotNative.CodeFixes;
using NotNative.Dockerfiles.Semantics;
using Fix = NotNative.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<NotNative.Analyzers.CSharp.WindowsTimeZoneIdAnalyzer, NotNative.CodeFixes.TimeZoneIdCodeFixProvider>;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.WindowsTimeZoneIdAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

/// <summary>NN1010: Windows time-zone IDs passed to TimeZoneInfo in container code, the verdict of the message, and the IANA fix.</summary>
public class NN1010WindowsTimeZoneIdTests
{
    private const string Generic = "Linux .NET 6+ maps it to an IANA ID with ICU, so it works in images that have ICU, but TimeZoneInfo throws TimeZoneNotFoundException where ICU is missing: Alpine images without icu-libs and icu-data-full, chiseled images, InvariantGlobalization=true, and .NET before 6.";

    private static string InImage(string image, string kind, string failure = "TimeZoneInfo throws TimeZoneNotFoundException") =>
        $"the container's image '{image}' is {kind}, which has no ICU with the Windows zone data, so .NET cannot map it to an IANA ID and {failure} in the container. (Such images lack tzdata too, which IANA IDs need: install tzdata, or use the image's -extra variant.)";

    private const string FindBerlin = """
        using System;
        class C
        {
            TimeZoneInfo M() => TimeZoneInfo.FindSystemTimeZoneById({|#0:"W. Europe Standard Time"|});
        }
        """;

    [Fact]
    public Task Windows_IDs_passed_to_each_TimeZoneInfo_lookup_are_reported() => Verify.VerifyAsync("""
        using System;
        class C
        {
            const string Eastern = "Eastern Standard Time";

            void M(DateTime now, DateTimeOffset offset)
            {
                var berlin = TimeZoneInfo.FindSystemTimeZoneById({|#0:"W. Europe Standard Time"|});
                TimeZoneInfo.TryFindSystemTimeZoneById({|#1:"china standard time"|}, out var china);
                var pacific = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(now, {|#2:"Pacific Standard Time"|});
                var tokyo = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(now, {|#3:"GMT Standard Time"|}, {|#4:"Tokyo Standard Time"|});
                var india = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(offset, {|#5:@"India Standard Time"|});
                var eastern = TimeZoneInfo.FindSystemTimeZoneById({|#6:Eastern|});
            }
        }
        """,
        Verify.Diagnostic("NN1010").WithLocation(0).WithArguments("W. Europe Standard Time", Generic, "Europe/Berlin"),
        Verify.Diagnostic("NN1010").WithLocation(1).WithArguments("china standard time", Generic.Replace("TimeZoneInfo throws TimeZoneNotFoundException", "TryFindSystemTimeZoneById returns false"), "Asia/Shanghai"),
        Verify.Diagnostic("NN1010").WithLocation(2).WithArguments("Pacific Standard Time", Generic, "America/Los_Angeles"),
        Verify.Diagnostic("NN1010").WithLocation(3).WithArguments("GMT Standard Time", Generic, "Europe/London"),
        Verify.Diagnostic("NN1010").WithLocation(4).WithArguments("Tokyo Standard Time", Generic, "Asia/Tokyo"),
        Verify.Diagnostic("NN1010").WithLocation(5).WithArguments("India Standard Time", Generic, "Asia/Calcutta"),
        Verify.Diagnostic("NN1010").WithLocation(6).WithArguments("Eastern Standard Time", Generic, "America/New_York"));

    [Fact]
    public Task IANA_IDs_UTC_variables_guarded_and_caught_lookups_are_not_reported() => Verify.VerifyAsync("""
        using System;
        class C
        {
            void M(string configured, DateTime now)
            {
                TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
                TimeZoneInfo.FindSystemTimeZoneById("UTC");
                TimeZoneInfo.FindSystemTimeZoneById("Etc/UTC");
                TimeZoneInfo.FindSystemTimeZoneById(configured);
                TimeZoneInfo.ConvertTimeBySystemTimeZoneId(now, "America/New_York");
                var id = OperatingSystem.IsWindows() ? TimeZoneInfo.FindSystemTimeZoneById("Romance Standard Time") : TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
                Console.WriteLine("W. Europe Standard Time");
            }

            // dotnet/coreclr#10042's workaround: the Windows ID first, the IANA ID when it is not found.
            TimeZoneInfo Eastern()
            {
                try
                {
                    return TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time");
                }
                catch (TimeZoneNotFoundException)
                {
                    return TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
                }
            }
        }
        """);

    [Fact]
    public Task Code_outside_a_container_project_is_not_reported() => Verify.VerifyAsync(Markup.Strip(FindBerlin), BuildProperties.None);

    [Fact]
    public Task The_message_says_InvariantGlobalization_makes_it_throw() => Verify.VerifyAsync(FindBerlin, BuildProperties.LinuxContainer.With("InvariantGlobalization", "true"),
        Verify.Diagnostic("NN1010").WithLocation(0).WithArguments("W. Europe Standard Time",
            "this project sets InvariantGlobalization=true, so .NET has no ICU to map it to an IANA ID and TimeZoneInfo throws TimeZoneNotFoundException in the container.", "Europe/Berlin"));

    [Fact]
    public Task The_message_says_NET_before_6_throws() => Verify.VerifyAsync(FindBerlin,
        BuildProperties.LinuxContainer.With("TargetFrameworkIdentifier", ".NETCoreApp").With("TargetFrameworkVersion", "v5.0").With("TargetFramework", "net5.0").With("InvariantGlobalization", "true"),
        Verify.Diagnostic("NN1010").WithLocation(0).WithArguments("W. Europe Standard Time",
            "this project targets net5.0, and .NET before 6 does not map Windows IDs on Linux, so TimeZoneInfo throws TimeZoneNotFoundException in the container.", "Europe/Berlin"));

    public static TheoryData<string, string?> FinalImages() => new()
    {
        { "FROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine\n", "an Alpine image" },
        { "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nFROM mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled AS base\nFROM base AS final\nCOPY --from=build /app /app\n", "a chiseled image" },
        { "FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-azurelinux3.0-distroless\n", "a distroless image" },
        // dotnet/runtime#69438: Alpine with 'apk add icu tzdata' still lacks the Windows zone data.
        { "FROM mcr.microsoft.com/dotnet/runtime:6.0-alpine\nENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false\nRUN apk update && apk add --no-cache icu tzdata\n", "an Alpine image" },
        { "FROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine\nRUN apk add --no-cache icu-libs icu-data-full tzdata\nENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false\n", null },
        { "FROM mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled-extra\n", null },
        { "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n", null },
    };

    [Theory]
    [MemberData(nameof(FinalImages))]
    public Task The_message_names_the_Dockerfile_s_final_image_when_it_has_no_ICU(string dockerfile, string? kind)
    {
        var image = dockerfile.Split('\n').Last(line => line.StartsWith("FROM mcr", StringComparison.Ordinal)).Split(' ')[1];
        return Verify.VerifyAsync(FindBerlin, BuildProperties.Of("NotNativeDockerfile=/src/Dockerfile"), new Dictionary<string, string> { ["/src/Dockerfile"] = dockerfile }, references: null,
            Verify.Diagnostic("NN1010").WithLocation(0).WithArguments("W. Europe Standard Time", kind == null ? Generic : InImage(image, kind), "Europe/Berlin"));
    }

    [Fact]
    public Task The_message_names_an_SDK_container_family_without_ICU() => Verify.VerifyAsync(FindBerlin, BuildProperties.Of("ContainerFamily=noble-chiseled"),
        Verify.Diagnostic("NN1010").WithLocation(0).WithArguments("W. Europe Standard Time", InImage("ContainerFamily=noble-chiseled", "a chiseled image"), "Europe/Berlin"));

    /// <summary>dotnet/runtime#69438, reduced: net6.0 on runtime:6.0-alpine with 'apk add icu tzdata', "W. Europe Standard Time" throws.</summary>
    [Fact]
    public Task Held_out_runtime_69438_Alpine_with_icu_still_throws() => Verify.VerifyAsync("""
        class Program
        {
            static void Main() => System.TimeZoneInfo.FindSystemTimeZoneById(
                "W. Europe Standard Time");
        }
        """,
        BuildProperties.Of("NotNativeDockerfile=/src/Dockerfile", "TargetFrameworkIdentifier=.NETCoreApp", "TargetFrameworkVersion=v6.0", "TargetFramework=net6.0"),
        new Dictionary<string, string> { ["/src/Dockerfile"] = "FROM mcr.microsoft.com/dotnet/runtime:6.0-alpine\nENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false LC_ALL=en_US.UTF-8 LANG=en_US.UTF-8\nRUN apk update && apk add --no-cache icu tzdata\nENTRYPOINT [\"dotnet\", \"Repro.dll\"]\n" },
        references: null,
        Verify.Diagnostic("NN1010").WithSpan(4, 9, 4, 34).WithArguments("W. Europe Standard Time", InImage("mcr.microsoft.com/dotnet/runtime:6.0-alpine", "an Alpine image"), "Europe/Berlin"));

    /// <summary>dotnet/runtime#69438's fixed twin: the IANA ID, in the same Alpine image, is clean.</summary>
    [Fact]
    public Task Held_out_runtime_69438_fixed_twin_is_clean() => Verify.VerifyAsync("""
        class Program
        {
            static void Main() => System.TimeZoneInfo.FindSystemTimeZoneById(
                "Europe/Berlin");
        }
        """,
        BuildProperties.Of("NotNativeDockerfile=/src/Dockerfile", "TargetFrameworkIdentifier=.NETCoreApp", "TargetFrameworkVersion=v6.0", "TargetFramework=net6.0"),
        new Dictionary<string, string> { ["/src/Dockerfile"] = "FROM mcr.microsoft.com/dotnet/runtime:6.0-alpine\nRUN apk add --no-cache tzdata\nENTRYPOINT [\"dotnet\", \"Repro.dll\"]\n" },
        references: null);

    /// <summary>Hangfire.HttpJob#137, reduced: a recurring job's time zone, 'China Standard Time', not found in '/usr/share/zoneinfo'. The fixed twin is clean.</summary>
    [Fact]
    public Task Held_out_Hangfire_HttpJob_137_and_its_fixed_twin() => Fix.VerifyFixAsync("""
        using System;
        public class RecurringJobOptions
        {
            public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;
        }
        public static class JobScheduler
        {
            public static RecurringJobOptions Options() => new()
            {
                TimeZone = TimeZoneInfo.FindSystemTimeZoneById({|#0:"China Standard Time"|}),
            };
        }
        """,
        new[] { Fix.Diagnostic("NN1010").WithLocation(0).WithArguments("China Standard Time", Generic, "Asia/Shanghai") },
        """
        using System;
        public class RecurringJobOptions
        {
            public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;
        }
        public static class JobScheduler
        {
            public static RecurringJobOptions Options() => new()
            {
                TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"),
            };
        }
        """);

    [Fact]
    public Task The_fix_and_Fix_All_write_the_IANA_IDs_and_leave_a_constant_s_name_reported() => Fix.VerifyFixAsync("""
        using System;
        class C
        {
            const string Eastern = "Eastern Standard Time";

            void M(DateTime now)
            {
                var a = TimeZoneInfo.FindSystemTimeZoneById({|#0:"W. Europe Standard Time"|});
                var b = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(now, {|#1:@"Tokyo Standard Time"|}, /* to */ {|#2:"AUS Eastern Standard Time"|});
                var c = TimeZoneInfo.FindSystemTimeZoneById({|#3:Eastern|});
            }
        }
        """, BuildProperties.LinuxContainer,
        Enumerable.Range(0, 4).Select(i => Fix.Diagnostic("NN1010").WithLocation(i)).ToArray(),
        """
        using System;
        class C
        {
            const string Eastern = "Eastern Standard Time";

            void M(DateTime now)
            {
                var a = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
                var b = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(now, "Asia/Tokyo", /* to */ "Australia/Sydney");
                var c = TimeZoneInfo.FindSystemTimeZoneById({|#0:Eastern|});
            }
        }
        """,
        new[] { Fix.Diagnostic("NN1010").WithLocation(0) });

    public static TheoryData<string, string> TableEntries()
    {
        var data = new TheoryData<string, string>();
        foreach (var (windows, iana) in WindowsTimeZones.All)
        {
            data.Add(windows, iana);
        }

        return data;
    }

    /// <summary>
    /// Zones whose primary IANA ID CLDR 48 changed (Mexico's and Kazakhstan's 2022 and 2024 time changes): an ICU
    /// older than the table still gives the old ID.
    /// </summary>
    private static readonly Dictionary<string, string> ChangedSinceOlderIcu = new()
    {
        ["Mountain Standard Time (Mexico)"] = "America/Chihuahua",
        ["Central Asia Standard Time"] = "Asia/Almaty",
    };

    /// <summary>Each entry of the CLDR table agrees with the ICU this test runs on (.NET's own Windows-to-IANA mapping), and this machine's tzdata has the zone.</summary>
    [Theory]
    [MemberData(nameof(TableEntries))]
    public void Each_table_entry_is_the_mapping_ICU_makes(string windowsId, string ianaId)
    {
        Assert.True(TimeZoneInfo.TryConvertWindowsIdToIanaId(windowsId, out var icu), $"ICU does not know '{windowsId}'");
        Assert.True(icu == ianaId || (ChangedSinceOlderIcu.TryGetValue(windowsId, out var older) && icu == older), $"ICU maps '{windowsId}' to '{icu}', the table to '{ianaId}'");
        Assert.True(TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out _), $"tzdata has no '{ianaId}'");
        Assert.Equal(ianaId, WindowsTimeZones.IanaIdOf(windowsId.ToUpperInvariant()) ?? (windowsId == "UTC" ? "Etc/UTC" : null));
    }
}
