using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// Something the palette creates: an element kind, optionally with an application role (a "SAP server"
/// is a VM with the SAP role and its services), the icon it is drawn with and the prefix of its default name.
/// A palette item without a kind draws a network zone.
/// </summary>
public sealed record PaletteItem(string Id, string Label, string Group, string Icon, ElementKind? Kind, string NamePrefix, ApplicationRole? Role = null);
