using NotNative.Analyzers.Tests.Verifiers;
using Backslash = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.BackslashPathSeparatorAnalyzer>;
using HostPath = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.HostPathLiteralAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

/// <summary>Issue 9's held-out C# cases: paths built by concatenation, held in fields and locals, or interpolated.</summary>
public class HeldOutPathTests
{
    [Fact]
    public Task A_backslash_concatenated_between_path_parts_is_NN1003() => Backslash.VerifyAsync("""
        using System.IO;
        class C
        {
            void M(string folder, string name)
            {
                File.ReadAllText({|#0:folder + "\\" + name|});
                File.WriteAllText({|#1:folder + "\\logs\\" + name|}, "");
                File.ReadAllText({|#2:"config\\" + name|});
                File.ReadAllText(folder + "/" + name);
                File.ReadAllText(Path.Combine(folder, name) + ".json");
                System.Console.WriteLine(folder + "\\" + name);
            }
        }
        """,
        Backslash.Diagnostic("NN1003").WithLocation(0).WithArguments("folder + \"\\\\\" + name"),
        Backslash.Diagnostic("NN1003").WithLocation(1),
        Backslash.Diagnostic("NN1003").WithLocation(2));

    [Fact]
    public Task A_Windows_path_held_in_a_field_a_local_or_a_configuration_fallback_is_NN1001() => HostPath.VerifyAsync("""
        using System.Collections.Generic;
        using System.IO;
        class C
        {
            static readonly string DataRoot = @"C:\data";
            private readonly string _exports = "D:/exports";
            string _mutable = @"C:\mutable";

            void M(Dictionary<string, string?> config, string name)
            {
                File.ReadAllText({|#0:DataRoot|});
                Directory.CreateDirectory({|#1:_exports|});
                var logs = @"E:\logs\app.log";
                File.AppendAllText({|#2:logs|}, name);
                File.ReadAllText({|#3:config["DataRoot"] ?? @"C:\data"|});
                File.ReadAllText({|#4:@"C:\data\" + name|});
                File.ReadAllText(_mutable);
                var reassigned = @"C:\first";
                reassigned = config["Root"]!;
                File.ReadAllText(reassigned);
                File.ReadAllText(config["DataRoot"] ?? "/data");
            }
        }
        """,
        HostPath.Diagnostic("NN1001").WithLocation(0).WithArguments(@"C:\data", "DockerDefaultTargetOS=Linux"),
        HostPath.Diagnostic("NN1001").WithLocation(1),
        HostPath.Diagnostic("NN1001").WithLocation(2),
        HostPath.Diagnostic("NN1001").WithLocation(3),
        HostPath.Diagnostic("NN1001").WithLocation(4));

    [Fact]
    public Task An_interpolated_Windows_path_is_NN1001_not_NN1003() => HostPath.VerifyAsync("""
        using System.IO;
        class C
        {
            void M(string y) => File.ReadAllText({|#0:$@"C:\data\{y}\a.json"|});
        }
        """,
        HostPath.Diagnostic("NN1001").WithLocation(0).WithArguments(@"C:\data\", "DockerDefaultTargetOS=Linux"));

    [Fact]
    public Task An_interpolated_Windows_path_is_not_also_NN1003() => Backslash.VerifyAsync("""
        using System.IO;
        class C
        {
            void M(string y)
            {
                File.ReadAllText($@"C:\data\{y}\a.json");
                File.ReadAllText(@"C:\data\" + y);
            }
        }
        """);
}
