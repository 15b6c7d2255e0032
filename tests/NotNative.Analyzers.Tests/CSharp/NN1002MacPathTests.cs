using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.HostPathLiteralAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1002MacPathTests
{
    [Fact]
    public Task Mac_paths_reaching_file_APIs_are_reported() => Verify.VerifyAsync("""
        using System.IO;
        class C
        {
            void M()
            {
                File.Exists({|#0:"/Volumes/Backup/db.sqlite"|});
                Directory.GetFiles({|#1:"/private/var/folders/tmp"|});
                File.Exists("/var/lib/app/db.sqlite");
            }
        }
        """,
        Verify.Diagnostic("NN1002").WithLocation(0).WithArguments("/Volumes/Backup/db.sqlite", "DockerDefaultTargetOS=Linux"),
        Verify.Diagnostic("NN1002").WithLocation(1).WithArguments("/private/var/folders/tmp", "DockerDefaultTargetOS=Linux"));
}
