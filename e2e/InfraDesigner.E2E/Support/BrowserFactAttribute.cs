using InfraDesigner.Testing;
using InfraDesigner.Testing.Databases;

namespace InfraDesigner.E2E.Support;

/// <summary>A test that drives Chromium: skipped with the install command where none is installed (not under CI).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Prerequisites.SkipReason(Browser.MissingReason());

    /// <summary>Also needs the test PostgreSQL server: skipped with its set-up command where none answers (not under CI).</summary>
    public bool NeedsPostgreSql
    {
        get => field;
        set
        {
            field = value;
            if (value) Skip ??= Prerequisites.SkipReason(PostgreSqlTestServer.MissingReason());
        }
    }
}
