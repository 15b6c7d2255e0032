extern alias ToolRoute;

using System.Reflection;

namespace NotNative.Tasks.Tests;

/// <summary>
/// The targets call NotNativeCheck with one attribute list, whichever route loads it: the Visual Studio route's task
/// (a ToolTask that passes every string parameter to notnative-check by name) must take the same parameters as the
/// .NET task, or that route fails with MSB4064 on the parameter it lacks.
/// </summary>
public class ToolRouteParametersTests
{
    private static List<string> Parameters(Type task) =>
        task.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is { IsPublic: true } || p.GetCustomAttribute<Microsoft.Build.Framework.OutputAttribute>() != null)
            .Select(p => $"{p.Name}:{p.PropertyType.Name}")
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Both_routes_take_the_same_parameters_and_outputs()
    {
        Assert.Equal(Parameters(typeof(NotNativeCheck)), Parameters(typeof(ToolRoute::NotNative.Tasks.NotNativeCheck)));
    }
}
