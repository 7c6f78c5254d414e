using Microsoft.Extensions.Localization;
using MudBlazor;

namespace InfraDesigner.Web.Localization;

/// <summary>MudBlazor's own texts (table pager, pickers, dialogs) from our resources as "Mud.{key}"; MudBlazor's English where we have none.</summary>
internal sealed class MudTexts(IStringLocalizer<Text> texts) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var ours = texts[$"Mud.{key}"];
            return ours.ResourceNotFound ? base[key] : new LocalizedString(key, ours.Value);
        }
    }
}
