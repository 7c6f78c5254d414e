using InfraDesigner.Testing;

namespace InfraDesigner.E2E.Support;

/// <summary>A test that redraws the documentation's pictures (docs/screenshots); runs only when asked, with a browser.</summary>
public sealed class DocsFactAttribute : FactAttribute
{
    public const string Variable = "INFRADESIGNER_DOCS";

    public DocsFactAttribute()
    {
        Skip = Environment.GetEnvironmentVariable(Variable) != "1"
            ? $"redraws docs/screenshots: set {Variable}=1 to run it"
            : Prerequisites.SkipReason(Browser.MissingReason());
    }
}
