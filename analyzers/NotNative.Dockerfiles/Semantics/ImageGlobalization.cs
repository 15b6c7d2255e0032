using System;

namespace NotNative.Dockerfiles.Semantics;

public static partial class ImageCatalogue
{
    /// <summary>
    /// The kind of image, for a message, when it has no ICU and no tzdata as published: Alpine images (.NET's run in
    /// invariant globalization mode), chiseled Ubuntu images and distroless images. Their <c>-extra</c> variants have
    /// both. Null when the image has them or the reference does not tell.
    /// </summary>
    public static string? KindWithoutIcu(ImageReference? reference)
    {
        if (reference == null || (reference.Tag != null && ContainsComponent(reference.Tag, "extra")))
        {
            return null;
        }

        if ((reference.Registry == "docker.io" && OfficialRepository(reference.Repository) == "alpine")
            || (reference.Tag != null && reference.Tag.IndexOf("alpine", StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return "an Alpine image";
        }

        if (reference.Tag != null && ContainsComponent(reference.Tag, "chiseled"))
        {
            return "a chiseled image";
        }

        return (reference.Tag != null && ContainsComponent(reference.Tag, "distroless"))
               || (reference.Registry == "gcr.io" && reference.Repository.StartsWith("distroless/", StringComparison.Ordinal))
            ? "a distroless image"
            : null;
    }

    /// <summary>
    /// The final image of a Dockerfile when it has no ICU (<see cref="KindWithoutIcu"/>) and no stage it builds on
    /// installs it: the image as written, and its kind. Null otherwise. On Alpine only <c>icu-data-full</c> counts:
    /// the Windows-to-IANA mapping is not in the default ICU data there (<c>apk add icu tzdata</c> still throws,
    /// dotnet/runtime#69438).
    /// </summary>
    public static (string Image, string Kind)? FinalImageWithoutIcu(DockerfileModel model)
    {
        var runs = new System.Collections.Generic.List<string>();
        for (var stage = model.FinalStage; stage != null; stage = stage.Parent)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Name == "run")
                {
                    runs.Add(instruction.Line);
                }
            }

            if (stage.Parent == null)
            {
                if (KindWithoutIcu(stage.Image) is not { } kind)
                {
                    return null;
                }

                var installed = kind == "an Alpine image" ? "icu-data-full" : "icu";
                return runs.Exists(run => run.IndexOf(installed, StringComparison.OrdinalIgnoreCase) >= 0) ? null : (stage.Image!.Original, kind);
            }
        }

        return null;
    }
}
