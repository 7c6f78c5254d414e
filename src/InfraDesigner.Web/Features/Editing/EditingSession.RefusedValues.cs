namespace InfraDesigner.Web.Features.Editing;

public sealed partial class EditingSession
{
    private readonly HashSet<(object Owner, string Path)> _refusedValues = [];

    /// <summary>Some field shows a value this session refused, so not everything the user sees is stored: the save status says "Not saved".</summary>
    public bool ShowsRefusedValues => _refusedValues.Count > 0;

    /// <summary>The field at this path of an editor shows a refused value (or, with false, no longer does).</summary>
    public void SetRefused(object owner, string path, bool refused)
    {
        if (refused ? _refusedValues.Add((owner, path)) : _refusedValues.Remove((owner, path))) SaveStateChanged?.Invoke();
    }

    /// <summary>The editor is gone, and the values it showed with it.</summary>
    public void ForgetRefused(object owner)
    {
        if (_refusedValues.RemoveWhere(r => ReferenceEquals(r.Owner, owner)) > 0) SaveStateChanged?.Invoke();
    }
}
