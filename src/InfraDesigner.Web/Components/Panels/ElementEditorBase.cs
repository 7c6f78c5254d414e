using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Components.Panels;

/// <summary>An editor of one part of the selected element; edits replace the element by name.</summary>
public abstract class ElementEditorBase : PropertyEditorBase
{
    [Parameter, EditorRequired] public string ElementName { get; set; } = "";

    protected Element? Element => Topology.FindElement(ElementName);

    protected Task UpdateAsync<T>(string path, Func<T, T> change) where T : Element =>
        CommitAsync(path, t => TopologyEdits.Update(t, ElementName, change));
}
