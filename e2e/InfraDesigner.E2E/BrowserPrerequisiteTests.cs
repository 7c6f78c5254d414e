using System.Reflection;
using InfraDesigner.E2E.Support;
using InfraDesigner.Testing;
using Microsoft.Playwright;

namespace InfraDesigner.E2E;

/// <summary>README's test command passes on a machine with only the .NET SDK: every test that drives a browser says so.</summary>
public sealed class BrowserPrerequisiteTests
{
    private static readonly Type[] BrowserAware = [typeof(BrowserFactAttribute), typeof(BrowserTheoryAttribute), typeof(MeasureFactAttribute), typeof(DocsFactAttribute)];

    [Fact]
    public void Every_test_that_opens_a_browser_is_skipped_with_the_install_command_where_there_is_none()
    {
        var plain = typeof(BrowserPrerequisiteTests).Assembly.GetTypes()
            .Where(OpensABrowser)
            .SelectMany(type => type.GetMethods())
            .Where(method => method.GetCustomAttributes<FactAttribute>().Any(attribute => !BrowserAware.Contains(attribute.GetType())))
            .Select(method => $"{method.DeclaringType!.Name}.{method.Name}");

        plain.ShouldBeEmpty("use [BrowserFact] or [BrowserTheory] for these");
    }

    [Fact]
    public void A_missing_browser_names_the_command_that_installs_it()
    {
        var saved = Environment.GetEnvironmentVariable(Browser.PathVariable);
        try
        {
            Environment.SetEnvironmentVariable(Browser.PathVariable, "/nonexistent/chromium");
            Browser.MissingReason().ShouldBe($"{Browser.PathVariable} is set to /nonexistent/chromium, which does not exist");
            Prerequisites.SkipReason(Browser.MissingReason()).ShouldBe(Prerequisites.InCi ? null : Browser.MissingReason());
        }
        finally
        {
            Environment.SetEnvironmentVariable(Browser.PathVariable, saved);
        }
    }

    private static bool OpensABrowser(Type type) =>
        type.GetInterfaces().Contains(typeof(IClassFixture<AppFixture>))
        || type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic).Any(field => field.FieldType == typeof(IBrowser));
}
