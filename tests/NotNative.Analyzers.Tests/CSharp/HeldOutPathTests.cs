using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

/// <summary>Issue 9's held-out C# cases: paths built by concatenation, held in fields and locals, or interpolated.</summary>
public class HeldOutPathTests
{
    [Fact]
    public Task A_backslash_concatenated_between_path_parts_is_NN1003() => VerifyAsync<BackslashPathSeparatorAnalyzer>("""
        using System.IO;
        class C
        {
            void M(string folder, string name)
            {
                File.ReadAllText({|NN1003:folder + "\\" + name|});
                File.WriteAllText({|NN1003:folder + "\\logs\\" + name|}, "");
                File.ReadAllText({|NN1003:"config\\" + name|});
                File.ReadAllText(folder + "/" + name);
                File.ReadAllText(Path.Combine(folder, name) + ".json");
                System.Console.WriteLine(folder + "\\" + name);
            }
        }
        """);

    [Fact]
    public Task A_Windows_path_held_in_a_field_a_local_or_a_configuration_fallback_is_NN1001() => VerifyAsync<HostPathLiteralAnalyzer>("""
        using System.Collections.Generic;
        using System.IO;
        class C
        {
            static readonly string DataRoot = @"C:\data";
            private readonly string _exports = "D:/exports";
            string _mutable = @"C:\mutable";

            void M(Dictionary<string, string?> config, string name)
            {
                File.ReadAllText({|NN1001:DataRoot|});
                Directory.CreateDirectory({|NN1001:_exports|});
                var logs = @"E:\logs\app.log";
                File.AppendAllText({|NN1001:logs|}, name);
                File.ReadAllText({|NN1001:config["DataRoot"] ?? @"C:\data"|});
                File.ReadAllText({|NN1001:@"C:\data\" + name|});
                File.ReadAllText(_mutable);
                var reassigned = @"C:\first";
                reassigned = config["Root"]!;
                File.ReadAllText(reassigned);
                File.ReadAllText(config["DataRoot"] ?? "/data");
            }
        }
        """);

    [Fact]
    public Task An_interpolated_Windows_path_is_NN1001_not_NN1003() => VerifyAsync<HostPathLiteralAnalyzer>("""
        using System.IO;
        class C
        {
            void M(string y) => File.ReadAllText({|NN1001:$@"C:\data\{y}\a.json"|});
        }
        """);

    [Fact]
    public Task An_interpolated_Windows_path_is_not_also_NN1003() => VerifyAsync<BackslashPathSeparatorAnalyzer>("""
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
