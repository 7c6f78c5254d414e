using InfraDesigner.Web.Api;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components.Forms;

namespace InfraDesigner.Web.Components.Imports;

/// <summary>
/// A JSON file the user picked, read within the size limit and handed to a use case; what is refused (too large,
/// or the use case's field errors) is kept for <see cref="ImportRefusedDialog"/> to show.
/// </summary>
public sealed class FileImport
{
    public string FileName { get; private set; } = "";

    public IReadOnlyList<FieldError> Problems { get; private set; } = [];

    public void Dismiss() => Problems = [];

    /// <summary>Reads the file and imports it; false when it was refused, with <see cref="Problems"/> saying why.</summary>
    public async Task<bool> RunAsync(IBrowserFile file, long limitBytes, Func<string, Task> import)
    {
        (FileName, Problems) = (file.Name, []);
        if (file.Size > limitBytes)
        {
            Problems = [new FieldError("$", new PayloadTooLargeException(limitBytes).Message)];
            return false;
        }
        string json;
        using (var reader = new StreamReader(file.OpenReadStream(limitBytes)))
            json = await reader.ReadToEndAsync();
        try
        {
            await import(json);
            return true;
        }
        catch (RequestValidationException invalid)
        {
            Problems = invalid.Errors;
            return false;
        }
    }
}
