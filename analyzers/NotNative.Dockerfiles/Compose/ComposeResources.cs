using System;
using System.Collections.Generic;
using System.Globalization;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Compose;

/// <summary>A memory or CPU amount a service asks for, with where it is written.</summary>
public sealed class ComposeResource
{
    public ComposeResource(string service, string key, bool isMemory, double amount, string written, TextSpan span)
    {
        Service = service;
        Key = key;
        IsMemory = isMemory;
        Amount = amount;
        Written = written;
        Span = span;
    }

    public string Service { get; }

    /// <summary>mem_limit, mem_reservation, cpus, deploy.resources.limits.memory, ...</summary>
    public string Key { get; }

    public bool IsMemory { get; }

    /// <summary>Bytes for memory, CPUs for cpus.</summary>
    public double Amount { get; }

    public string Written { get; }
    public TextSpan Span { get; }
}

/// <summary>
/// The memory and CPU limits and reservations of a compose file's services: <c>mem_limit</c>, <c>mem_reservation</c>,
/// <c>cpus</c> and <c>deploy.resources.limits|reservations.memory|cpus</c>, in compose's units (a byte count, or a
/// number with b, k, kb, m, mb, g, gb, in powers of 1024). Values with variables or other units are left out.
/// </summary>
public static class ComposeResources
{
    public static IEnumerable<ComposeResource> Of(ComposeFile file)
    {
        foreach (var service in file.Services)
        {
            var node = service.Node;
            var deploy = (node.Get("deploy") as YamlMapping)?.Get("resources") as YamlMapping;
            var candidates = new List<(string Key, YamlNode? Value, bool IsMemory)>
            {
                ("mem_limit", node.Get("mem_limit"), true),
                ("mem_reservation", node.Get("mem_reservation"), true),
                ("cpus", node.Get("cpus"), false),
            };
            foreach (var kind in new[] { "limits", "reservations" })
            {
                var resources = deploy?.Get(kind) as YamlMapping;
                candidates.Add(($"deploy.resources.{kind}.memory", resources?.Get("memory"), true));
                candidates.Add(($"deploy.resources.{kind}.cpus", resources?.Get("cpus"), false));
            }

            foreach (var (key, value, isMemory) in candidates)
            {
                if (value is YamlScalar { IsNull: false } scalar && (isMemory ? ParseBytes(scalar.Value) : ParseCpus(scalar.Value)) is { } amount)
                {
                    yield return new ComposeResource(service.Name, key, isMemory, amount, scalar.Value, scalar.Span);
                }
            }
        }
    }

    /// <summary>Compose's byte units: '2g', '512mb', '1024k', '1073741824'; null for anything else.</summary>
    public static double? ParseBytes(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        var digits = 0;
        while (digits < value.Length && (char.IsDigit(value[digits]) || value[digits] == '.'))
        {
            digits++;
        }

        if (digits == 0 || !double.TryParse(value.Substring(0, digits), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        double? scale = value.Substring(digits).Trim() switch
        {
            "" or "b" => 1,
            "k" or "kb" => 1024,
            "m" or "mb" => 1024 * 1024,
            "g" or "gb" => 1024d * 1024 * 1024,
            _ => null,
        };
        return scale * number;
    }

    /// <summary>A CPU count: '0.5', '2', '1.50'; null for anything else.</summary>
    public static double? ParseCpus(string text) =>
        double.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var cpus) && cpus > 0 ? cpus : null;
}
