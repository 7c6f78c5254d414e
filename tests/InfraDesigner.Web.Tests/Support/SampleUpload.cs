using System.Net;
using System.Text;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>Posts a built-in sample as a new topology document, as an API client would; answers its id.</summary>
public static class SampleUpload
{
    public static async Task<Guid> PostAsync(HttpClient client, string sample = "zones-firewall")
    {
        var created = await client.PostAsync("/api/topologies", new StringContent(
            TopologyDocumentSerializer.Export(SampleTopologies.Get(sample).Topology), Encoding.UTF8, "application/json"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return Guid.Parse(created.Headers.Location!.ToString().Split('/')[^1]);
    }
}
