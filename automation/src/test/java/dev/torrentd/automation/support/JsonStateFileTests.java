package dev.torrentd.automation.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class JsonStateFileTests {

	@TempDir
	Path dir;

	record Shape(String name, int count) {
	}

	enum Colour {

		RED

	}

	@Test
	void whatIsWrittenIsReadBackAndNoFileIsNothing() {
		JsonStateFile file = new JsonStateFile(this.dir.resolve("state/shape.json"), "Shapes");
		assertThat(file.read(Shape.class)).isNull();
		file.write(new Shape("a", 2));
		assertThat(file.read(Shape.class)).isEqualTo(new Shape("a", 2));
		assertThat(this.dir.resolve("state")).isDirectoryNotContaining("glob:**.tmp*");
	}

	@Test
	void unknownKeysAreIgnoredSoAnOlderServerReadsANewerFile() throws Exception {
		Path path = Files.writeString(this.dir.resolve("shape.json"), "{\"name\":\"a\",\"count\":1,\"added\":true}");
		assertThat(new JsonStateFile(path, "Shapes").read(Shape.class)).isEqualTo(new Shape("a", 1));
	}

	@Test
	void anUnparsableFileIsSetAsideNeverOverwritten() throws Exception {
		Path path = Files.writeString(this.dir.resolve("shape.json"), "{not json");
		assertThat(new JsonStateFile(path, "Shapes").read(Shape.class)).isNull();
		assertThat(path).doesNotExist();
		assertThat(this.dir.resolve("shape.json.corrupt")).hasContent("{not json");
	}

	@Test
	void aValueTheConversionRefusesMakesTheFileUnreadableToo() throws Exception {
		Path path = Files.writeString(this.dir.resolve("shape.json"), "{\"name\":\"BLUE\",\"count\":1}");
		Colour colour = new JsonStateFile(path, "Shapes").read(Shape.class, (shape) -> Colour.valueOf(shape.name()));
		assertThat(colour).isNull();
		assertThat(this.dir.resolve("shape.json.corrupt")).exists();
	}

}
