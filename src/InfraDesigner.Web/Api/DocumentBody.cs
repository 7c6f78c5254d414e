using System.Text;

namespace InfraDesigner.Web.Api;

/// <summary>Reads a JSON document from a request body, refusing more than the limit before reading it all.</summary>
internal static class DocumentBody
{
    public static async Task<string> ReadAsync(HttpRequest request, long limitBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limitBytes) throw new PayloadTooLargeException(limitBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limitBytes) throw new PayloadTooLargeException(limitBytes);
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
