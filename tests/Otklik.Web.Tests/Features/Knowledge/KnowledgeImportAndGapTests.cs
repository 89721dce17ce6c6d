using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Otklik.Web.Features.Knowledge;
using Otklik.Web.Features.Knowledge.Gaps;
using Otklik.Web.Features.Knowledge.Import;
using Otklik.Web.Features.Knowledge.Search;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Knowledge;

[Trait("Category", "Integration")]
public sealed class KnowledgeImportAndGapTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly KnowledgeSteps _steps = new(factory);

    static KnowledgeImportAndGapTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Import_ReadsDocxPdfAndTxt_KeepsOriginals_AndReportsWhatItCouldNotRead()
    {
        var section = await _steps.SectionOfAsync("ОМСП");
        var client = await _steps.People.SignedInAsync("executor-appeals");
        var own = await factory.CreateStaffAsync(await factory.WithDbAsync(db => db.KnowledgeSections
            .Where(s => s.Id == section).Select(s => s.DepartmentId).FirstAsync()), ["Executor"]);
        var editor = factory.CreateBrowserLikeClient();
        await editor.SignInOrFailAsync(own, OtklikFactory.StaffPassword);
        var archive = Archive(
            ("Ветераны/Порядок ЕДВ.docx", DocumentTextTests.Docx("Порядок ЕДВ",
                DocumentTextTests.Paragraph("Ежемесячная выплата ветеранам труда назначается с месяца обращения."))),
            ("Ветераны/Компенсации/Памятка.pdf", DocumentTextTests.Pdf("Памятка",
                ["Компенсация за газификацию домовладения выплачивается однократно."])),
            ("Старое/Телефоны.txt", Encoding.GetEncoding(1251).GetBytes("Телефоны управлений\nКисловодск 2-22-22")),
            ("Старое/Таблица.xls", [0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3]),
            ("Старое/Сломанный.docx", [1, 2, 3, 4, 5]));

        var refused = await UploadAsync(client, section, archive);
        var accepted = await UploadAsync(editor, section, archive);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<KnowledgeImporter>().RunNextAsync());
        }

        var import = await factory.WithDbAsync(db => db.KnowledgeImports.AsNoTracking().OrderBy(i => i.Id).LastAsync());
        var report = FormClient.Decode(await editor.GetStringAsync($"/knowledge/import?id={import.Id}"));
        var found = await KnowledgeSteps.SearchAsync(editor, "газификации домовладений");
        var pdfItem = await factory.WithDbAsync(db => db.KnowledgeItems.AsNoTracking().Include(i => i.Attachments)
            .FirstAsync(i => i.SourcePath == "Ветераны/Компенсации/Памятка.pdf"));
        var original = await editor.GetAsync(
            $"/knowledge/items/{pdfItem.Id}?handler=File&fileId={pdfItem.Attachments[0].Id}");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal((ImportState.Done, 5, 3, 2), (import.State, import.Total, import.Imported, import.Unreadable));
        Assert.Contains("Старое/Таблица.xls", report, StringComparison.Ordinal);
        Assert.Contains("Старое/Сломанный.docx", report, StringComparison.Ordinal);
        Assert.Contains("импортировано 3", report, StringComparison.Ordinal);
        Assert.Contains("Памятка", KnowledgeSteps.Titles(found));
        Assert.Equal("application/pdf", original.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await original.Content.ReadAsByteArrayAsync())[..4],
            StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.KnowledgeItems.AnyAsync(
            i => i.SourcePath == "Старое/Телефоны.txt" && i.Body.Contains("Кисловодск"))));
    }

    [Fact]
    public async Task Import_OfANonArchive_IsRefusedInRussian()
    {
        var section = await _steps.SectionOfAsync("ОСПС");
        var client = await _steps.People.SignedInAsync("executor-family");

        var response = await UploadAsync(client, section, Encoding.UTF8.GetBytes("просто текст"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("не является ZIP-архивом", FormClient.Decode(await response.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedFailedSearches_BecomeACandidate_ThatAHeadTurnsIntoAnArticle()
    {
        var operatorClient = await _steps.People.SignedInAsync("operator1");
        var word = "пчеловодство субсидию";
        foreach (var form in new[] { "субсидия на пчеловодство", "субсидии пчеловодство", "пчеловодство субсидию" })
        {
            await operatorClient.GetStringAsync($"/knowledge?q={Uri.EscapeDataString(form)}");
        }

        var head = await _steps.People.SignedInAsync("head-family");
        var gaps = FormClient.Decode(await head.GetStringAsync("/knowledge/gaps"));
        var candidate = await factory.WithDbAsync(db => db.KnowledgeCandidates.AsNoTracking()
            .FirstAsync(c => c.Source == "search" && c.Key.Contains("пчеловодств")));
        var section = await _steps.SectionOfAsync("ОСПС");
        var editorPage = FormClient.Decode(await head.GetStringAsync(
            $"/knowledge/edit?section={section}&candidate={candidate.Id}"));
        var saved = await head.PostFormAsync($"/knowledge/edit?section={section}&candidate={candidate.Id}",
            [new("SectionId", $"{section}"), new("Candidate", $"{candidate.Id}"), new("Type", "faq"),
                new("Title", "Есть ли субсидия на пчеловодство?"),
                new("Body", "Субсидию пчеловодам выплачивает министерство сельского хозяйства.")]);
        var after = await factory.WithDbAsync(db => db.KnowledgeCandidates.AsNoTracking()
            .FirstAsync(c => c.Id == candidate.Id));
        var executorGaps = FormClient.Decode(await (await _steps.People.SignedInAsync("executor-family"))
            .GetStringAsync("/knowledge/gaps"));

        Assert.Contains(word, gaps, StringComparison.Ordinal);
        Assert.Equal(3, candidate.Occurrences);
        Assert.Contains("value=\"пчеловодство субсидию\"", editorPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(CandidateState.Converted, after.State);
        Assert.NotNull(after.ItemId);
        Assert.DoesNotContain(word, executorGaps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicRepeatedInAppeals_OfDifferentClients_IsACandidateForThatDepartment()
    {
        var family = await factory.WithDbAsync(db => db.Departments.Where(d => d.ShortName == "ОСПС")
            .Select(d => d.Id).FirstAsync());
        foreach (var text in new[]
        {
            "Прошу компенсировать затраты на газификацию домовладения многодетной семьи.",
            "Когда выплатят компенсацию за газификацию домовладения? Подавали документы в мае.",
            "Не получила компенсацию на газификацию своего домовладения, прошу разобраться.",
        })
        {
            var id = await _steps.People.NewAppealAsync(text);
            await factory.WithDbAsync(async db =>
            {
                var appeal = await db.Appeals.FirstAsync(a => a.Id == id);
                appeal.DepartmentId = family;
                return await db.SaveChangesAsync();
            });
        }

        var gaps = FormClient.Decode(await (await _steps.People.SignedInAsync("head-family"))
            .GetStringAsync("/knowledge/gaps"));
        var rehab = await _steps.People.SignedInAsync("head-rehab");
        var others = FormClient.Decode(await rehab.GetStringAsync("/knowledge/gaps"));
        var topic = await factory.WithDbAsync(db => db.KnowledgeCandidates.AsNoTracking()
            .FirstAsync(c => c.Source == "appeal" && c.Key.Contains("газификац")));
        await rehab.PostFormAsync("/knowledge/gaps", [new("id", $"{topic.Id}")], "/knowledge/gaps?handler=Dismiss");
        var still = await factory.WithDbAsync(db => db.KnowledgeCandidates.AsNoTracking()
            .FirstAsync(c => c.Id == topic.Id));

        Assert.Equal(CandidateState.Open, still.State);
        Assert.Matches("Частая тема обращений: «газификац[а-я]* домовладени[а-я]*»", gaps);
        Assert.DoesNotContain("газификац", others, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexOfAnotherNode_CatchesUpWithItemsWrittenElsewhere()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var otherNode = new KnowledgeIndex(time, NullLogger<KnowledgeIndex>.Instance);
        var section = await _steps.SectionOfAsync("ОСПС");
        var first = "Первый " + KnowledgeSteps.Unique();
        await AddDirectlyAsync(section, first, "Материал про санаторно-курортное лечение.");

        var built = await SearchOnAsync(otherNode, "санаторно-курортного лечения");
        var second = "Второй " + KnowledgeSteps.Unique();
        await AddDirectlyAsync(section, second, "Материал про санаторно-курортное лечение детей.");
        var beforeCatchUp = await SearchOnAsync(otherNode, "санаторно-курортного лечения");
        time.Advance(TimeSpan.FromSeconds(3));
        var afterCatchUp = await SearchOnAsync(otherNode, "санаторно-курортного лечения");

        Assert.Contains(first, built);
        Assert.DoesNotContain(second, beforeCatchUp);
        Assert.Contains(second, afterCatchUp);
    }

    private Task<int> AddDirectlyAsync(int section, string title, string body) => factory.WithDbAsync(db =>
    {
        db.KnowledgeItems.Add(new KnowledgeItem
        {
            SectionId = section,
            Type = MaterialType.Faq,
            Title = title,
            Body = body,
            UpdatedAt = DateTimeOffset.UtcNow,
            UpdatedBy = "Другой узел",
        });
        return db.SaveChangesAsync();
    });

    private async Task<List<string>> SearchOnAsync(KnowledgeIndex index, string query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OtklikDbContext>();
        var found = await index.SearchAsync(db, new IndexQuery(query, Limit: 50));
        var ids = found.Hits.Select(h => h.ItemId).ToList();
        return await db.KnowledgeItems.Where(i => ids.Contains(i.Id)).Select(i => i.Title).ToListAsync();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int section, byte[] archive)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent($"{section}"), "Section");
        var file = new ByteArrayContent(archive);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Add(file, "archive", "Общая папка.zip");
        return await client.PostMultipartAsync($"/knowledge/import?section={section}", content);
    }

    private static byte[] Archive(params (string Path, byte[] Content)[] files)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var (path, content) in files)
            {
                using var entry = zip.CreateEntry(path).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }
}
