using InfraDesigner.Testing;

namespace InfraDesigner.E2E.Support;

/// <summary>A test that runs the Node example: skipped with the install command where Node.js or its packages are missing (not under CI).</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute() => Skip = Prerequisites.SkipReason(NodeExample.MissingReason());
}
