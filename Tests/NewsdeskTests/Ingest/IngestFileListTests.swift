import Foundation
import Testing
import NewsdeskIngest

@Suite struct IngestFileListTests {
    @Test func foldersExpandRecursivelySortedWithoutHiddenFiles() {
        let folder = TemporaryFolder()
        folder.write("news/z.txt", "z")
        folder.write("news/b.html", "b")
        folder.write("news/a/c.txt", "c")
        folder.write("news/a/.draft.html", "hidden file")
        folder.write("news/.git/config", "hidden folder")
        let single = folder.write("single.rss", "<rss/>")
        let missing = folder.path + "/absent"

        let (files, errors) = DocumentReader.files(in: [single, folder.path + "/news", missing])
        #expect(files == [single, folder.path + "/news/a/c.txt", folder.path + "/news/b.html", folder.path + "/news/z.txt"])
        #expect(errors == [IngestError(path: missing, problem: "no such file or directory")])
    }

    @Test func trailingSlashDoesNotDoubleTheSeparator() {
        let folder = TemporaryFolder()
        folder.write("x/one.txt", "1")
        let (files, errors) = DocumentReader.files(in: [folder.path + "/x/"])
        #expect(files == [folder.path + "/x/one.txt"])
        #expect(errors.isEmpty)
    }

    @Test func foldersSkipNotesLabelsAndImagesButNamedFilesAreRead() {
        let folder = TemporaryFolder()
        folder.write("corpus/README.md", "# notes")
        folder.write("corpus/labels.tsv", "file\tevent")
        folder.write("corpus/photo.JPG", "not really a photo")
        folder.write("corpus/story.html", "<p>story</p>")
        let named = folder.write("notes.md", "read because it was named")
        let (files, _) = DocumentReader.files(in: [folder.path + "/corpus", named])
        #expect(files == [folder.path + "/corpus/story.html", named])
    }
}
