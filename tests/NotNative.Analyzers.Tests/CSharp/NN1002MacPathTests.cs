using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1002MacPathTests
{
    [Fact]
    public Task Mac_paths_reaching_file_APIs_are_reported() => VerifyAsync<HostPathLiteralAnalyzer>("""
        using System.IO;
        class C
        {
            void M()
            {
                File.Exists({|NN1002:"/Volumes/Backup/db.sqlite"|});
                Directory.GetFiles({|NN1002:"/private/var/folders/tmp"|});
                File.Exists("/var/lib/app/db.sqlite");
            }
        }
        """);
}
