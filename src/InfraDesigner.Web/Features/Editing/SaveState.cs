namespace InfraDesigner.Web.Features.Editing;

/// <summary>What the editor shows about persistence: every edit is saved as it is made.</summary>
public enum SaveState
{
    Saved,
    Saving,
    Conflict,
    Failed,
}
