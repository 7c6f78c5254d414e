using InfraDesigner.Web.Components.Canvas;
using InfraDesigner.Web.Features.Editing;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Components.Pages;

/// <summary>The editor page: palette, canvas and inspector around the circuit's editing session.</summary>
public partial class TopologyEditor
{
    private TopologyCanvas? _canvas;
    private PaletteItem? _dragged;
    private string? _selected;
    private bool _loaded;
    private int _tab;

    [Parameter] public Guid Id { get; set; }

    [Inject] private EditingSession Session { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        // The prerendered page is thrown away when the circuit starts: loading a large topology twice would double the wait.
        if (!RendererInfo.IsInteractive) return;
        if (Session.Topology is null || Session.TopologyId != Id)
        {
            await Session.OpenAsync(Id);
            _selected = null;
        }
        _loaded = true;
    }

    private async Task AddAsync(PaletteItem item)
    {
        if (_canvas is not null) await _canvas.AddAtCentreAsync(item);
    }

    private void Select(string? id)
    {
        _selected = id;
        _canvas?.Select(id);
    }
}
