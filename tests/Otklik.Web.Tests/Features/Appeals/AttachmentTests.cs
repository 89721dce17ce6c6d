using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals.Attachments;
using Otklik.Web.Infrastructure.Seeding;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Appeals;

[Trait("Category", "Integration")]
public sealed class AttachmentTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task Api_FilesAreStoredByContent_NamedSafely_AndServedToTheDepartmentOnly()
    {
        var unique = Pdf.Concat(Guid.NewGuid().ToByteArray()).ToArray();
        var first = await RegisterAsync(("../../etc/пас<порт>.exe", unique));
        var second = await RegisterAsync(("копия.pdf", unique));
        var stored = await factory.WithDbAsync(db => db.AppealAttachments
            .Where(a => a.AppealId == first || a.AppealId == second).OrderBy(a => a.Id).ToListAsync());
        var own = await _steps.SignedInAsync("executor-appeals");
        var download = await own.GetAsync($"/appeals/{first}?handler=File&fileId={stored[0].Id}");
        var stranger = await (await _steps.SignedInAsync("executor-family"))
            .GetAsync($"/appeals/{first}?handler=File&fileId={stored[0].Id}");

        Assert.Equal("паспорт.pdf", stored[0].FileName);
        Assert.Equal("application/pdf", stored[0].ContentType);
        Assert.Equal(stored[0].Sha256, stored[1].Sha256);
        Assert.Single(Directory.GetFiles(factory.FilesFolder, stored[0].Sha256, SearchOption.AllDirectories));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(unique, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task Api_ProgramDisguisedAsPdf_IsRefusedWithTheFileNamed_AndNothingIsRegistered()
    {
        var text = $"Обращение с файлом {Guid.NewGuid():N}";
        var response = await factory.CreateApiClient(StartupSeeder.DemoToken, Guid.NewGuid().ToString())
            .PostAsJsonAsync("/api/v1/appeals",
                Body(text, ("справка.pdf", new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00 })));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("«справка.pdf»: такой тип файлов не принимается",
            problem.GetProperty("errors").GetProperty("Files")[0].GetString(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Appeals.AnyAsync(a => a.Text == text)));
    }

    [Fact]
    public async Task PortalForm_WithAScan_StoresIt()
    {
        var client = factory.CreateBrowserLikeClient();
        var text = $"Обращение со сканом {Guid.NewGuid():N}";
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Соколова Вера"), "Name" },
            { new StringContent("sokolova@example.ru"), "Email" },
            { new StringContent(text), "Text" },
            { new StringContent("email"), "NotifyBy" },
            { new ByteArrayContent(Pdf), "Files", "скан.pdf" },
        };

        var response = await client.PostMultipartAsync("/appeal", form);
        var files = await factory.WithDbAsync(db => db.Appeals.Where(a => a.Text == text)
            .SelectMany(a => a.Attachments).ToListAsync());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("скан.pdf", Assert.Single(files).FileName);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "application/msword")]
    [InlineData(new byte[] { 0xD0, 0x9F, 0xD1, 0x80, 0xD0, 0xB8 }, "text/plain; charset=utf-8")]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x00, 0x01 }, null)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00 }, null)]
    public void Sniff_DecidesByContent(byte[] data, string? expected) =>
        Assert.Equal(expected, FileSniffer.Sniff(data)?.ContentType);

    [Fact]
    public void Sniff_ZipWithAWordDocument_IsDocx_AndAPlainZipIsRefused()
    {
        Assert.Equal(".docx", FileSniffer.Sniff(Zip("word/document.xml"))?.Extension);
        Assert.Null(FileSniffer.Sniff(Zip("payload.exe")));
    }

    private static byte[] Zip(string entry)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<xml/>");
        }

        return buffer.ToArray();
    }

    private async Task<int> RegisterAsync(params (string Name, byte[] Content)[] files)
    {
        var response = await factory.CreateApiClient(StartupSeeder.DemoToken, Guid.NewGuid().ToString())
            .PostAsJsonAsync("/api/v1/appeals", Body("Прошу учесть документы.", files));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static object Body(string text, params (string Name, byte[] Content)[] files) => new
    {
        name = "Заявитель С Файлами",
        email = $"{Guid.NewGuid():N}"[..12] + "@example.ru",
        text,
        notifyBy = new[] { "email" },
        attachments = files.Select(f => new { fileName = f.Name, contentBase64 = Convert.ToBase64String(f.Content) }),
    };
}
