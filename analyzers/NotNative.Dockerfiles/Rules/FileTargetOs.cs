using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>
/// <c># notnative target-os=windows</c> (or linux) in a Dockerfile sets the target OS for that file alone,
/// for repositories that keep a Windows and a Linux Dockerfile side by side. The first such comment with an OS
/// <see cref="TargetOs.Parse"/> knows wins; the comments are read by <see cref="NotNativeDirective"/>.
/// </summary>
internal static class FileTargetOs
{
    public static DockerfileAnalysisOptions Apply(DockerfileSyntax syntax, DockerfileAnalysisOptions options)
    {
        foreach (var comment in syntax.Comments)
        {
            var directive = NotNativeDirective.Parse(comment.Text);
            if (directive?.Kind != NotNativeDirectiveKind.TargetOs)
            {
                continue;
            }

            if (TargetOs.Parse(directive.Values[0]) is { } os)
            {
                return options.WithTargetOs(os, "# notnative target-os", isProjectDockerfile: true);
            }
        }

        return options;
    }
}
