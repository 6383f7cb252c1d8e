// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Published test data for the calc commands. Each set was taken from the specification's tables as
// reproduced by two independent public implementations and recomputed with a separate AES/HMAC library
// before it was written here; none of it comes from KeyLadder's own output.

#include <cstdint>

namespace keyladder::clitest {

/** @brief Milenage (TS 35.206) inputs and outputs. */
struct MilenageSet {
    const char* name;
    const char *k, *op;
    const char *opc, *rand, *sqn, *amf;
    const char *f1, *f1star, *f2, *f5, *f5star;
    const char *f3, *f4;
};

// TS 35.208 §4.3 test sets 1-8 (set 2 repeats set 1 in the specification) and TS 35.207 test set 2.
inline constexpr MilenageSet kMilenageSets[] = {
    {"35.208 set 1", "465b5ce8b199b49faa5f0a2ee238a6bc", "cdc202d5123e20f62b6d676ac72cb318",
     "cd63cb71954a9f4e48a5994e37a02baf", "23553cbe9637a89d218ae64dae47bf35", "ff9bb4d0b607", "b9b9", "4a9ffac354dfafb3",
     "01cfaf9ec4e871e9", "a54211d5e3ba50bf", "aa689c648370", "451e8beca43b", "b40ba9a3c58b2a05bbf0d987b21bf8cb",
     "f769bcd751044604127672711c6d3441"},
    {"35.208 set 2", "465b5ce8b199b49faa5f0a2ee238a6bc", "cdc202d5123e20f62b6d676ac72cb318",
     "cd63cb71954a9f4e48a5994e37a02baf", "23553cbe9637a89d218ae64dae47bf35", "ff9bb4d0b607", "b9b9", "4a9ffac354dfafb3",
     "01cfaf9ec4e871e9", "a54211d5e3ba50bf", "aa689c648370", "451e8beca43b", "b40ba9a3c58b2a05bbf0d987b21bf8cb",
     "f769bcd751044604127672711c6d3441"},
    {"35.208 set 3", "fec86ba6eb707ed08905757b1bb44b8f", "dbc59adcb6f9a0ef735477b7fadf8374",
     "1006020f0a478bf6b699f15c062e42b3", "9f7c8d021accf4db213ccff0c7f71a6a", "9d0277595ffc", "725c", "9cabc3e99baf7281",
     "95814ba2b3044324", "8011c48c0c214ed2", "33484dc2136b", "deacdd848cc6", "5dbdbb2954e8f3cde665b046179a5098",
     "59a92d3b476a0443487055cf88b2307b"},
    {"35.208 set 4", "9e5944aea94b81165c82fbf9f32db751", "223014c5806694c007ca1eeef57f004f",
     "a64a507ae1a2a98bb88eb4210135dc87", "ce83dbc54ac0274a157c17f80d017bd6", "0b604a81eca8", "9e09", "74a58220cba84c49",
     "ac2cc74a96871837", "f365cd683cd92e96", "f0b9c08ad02e", "6085a86c6f63", "e203edb3971574f5a94b0d61b816345d",
     "0c4524adeac041c4dd830d20854fc46b"},
    {"35.208 set 5", "4ab1deb05ca6ceb051fc98e77d026a84", "2d16c5cd1fdf6b22383584e3bef2a8d8",
     "dcf07cbd51855290b92a07a9891e523e", "74b0cd6031a1c8339b2b6ce2b8c4a186", "e880a1b580b6", "9f07", "49e785dd12626ef2",
     "9e85790336bb3fa2", "5860fc1bce351e7e", "31e11a609118", "fe2555e54aa9", "7657766b373d1c2138f307e3de9242f9",
     "1c42e960d89b8fa99f2744e0708ccb53"},
    {"35.208 set 6", "6c38a116ac280c454f59332ee35c8c4f", "1ba00a1a7c6700ac8c3ff3e96ad08725",
     "3803ef5363b947c6aaa225e58fae3934", "ee6466bc96202c5a557abbeff8babf63", "414b98222181", "4464", "078adfb488241a57",
     "80246b8d0186bcf1", "16c8233f05a0ac28", "45b0f69ab06c", "1f53cd2b1113", "3f8c7587fe8e4b233af676aede30ba3b",
     "a7466cc1e6b2a1337d49d3b66e95d7b4"},
    {"35.208 set 7", "2d609d4db0ac5bf0d2c0de267014de0d", "460a48385427aa39264aac8efc9e73e8",
     "c35a0ab0bcbfc9252caff15f24efbde0", "194aa756013896b74b4a2a3b0af4539e", "6bf69438c2e4", "5f67", "bd07d3003b9e5cc3",
     "bcb6c2fcad152250", "8c25a16cd918a1df", "7e6455f34cf3", "dc6dd01e8f15", "4cd0846020f8fa0731dd47cbdc6be411",
     "88ab80a415f15c73711254a1d388f696"},
    {"35.208 set 8", "a530a7fe428fad1082c45eddfce13884", "511c6c4e83e38c89b1c5d8dde62426fa",
     "27953e49bc8af6dcc6e730eb80286be3", "3a4c2b3245c50eb5c71d08639395764d", "f63f5d768784", "b90e", "53761fbd679b0bad",
     "21adfd334a10e7ce", "a63241e1ffc3e5ab", "88196c47986f", "c987a3d23115", "10f05bab75a99a5fbb98a9c287679c3b",
     "f9ec0865eb32f22369cade40c59c3a44"},
    {"35.207 set 2", "0396eb317b6d1c36f19c1c84cd6ffd16", "ff53bade17df5d4e793073ce9d7579fa",
     "53c15671c60a4b731c55b4a441c0bde2", "c00d603103dcee52c4478119494202e8", "fd8eef40df7d", "af17", "5df5b31807e258b0",
     "a8c016e51ef4a343", "d3a628ed988620f0", "c47783995f72", "30f1197061c1", "58c433ff7a7082acd424220f2b67c556",
     "21a8c1f929702adb3e738488b9f5c5da"},
};

/** @brief 128-NEA2/EEA2 or 128-NIA2/EIA2 inputs; expected = ciphertext (ceil(length/8) octets) or MAC-I. */
struct StreamSet {
    const char* name;
    const char* key;
    std::uint32_t count;
    std::uint8_t bearer;
    std::uint8_t direction;
    unsigned lengthBits;
    const char* data;
    const char* expected;
};

// TS 33.401 Annex C.1, 128-EEA2 test sets 1-6 (the specification pads its tables to 32-bit words; the
// expected ciphertext here is the first ceil(LENGTH/8) octets, its unused tail bits zero).
inline constexpr StreamSet kNea2Sets[] = {
    StreamSet{"33.401 C.1 set 1", "d3c5d592327fb11c4035c6680af8c6d1", 0x398a59b4, 0x15, 1, 253,
              "981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6dc66b1f0",
              "e9fed8a63d155304d71df20bf3e82214b20ed7dad2f233dc3c22d7bdeeed8e78"},
    StreamSet{"33.401 C.1 set 2", "2bd6459f82c440e0952c49104805ff48", 0xc675a64b, 0x0c, 1, 798,
              "7ec61272743bf1614726446a6c38ced166f6ca76eb5430044286346cef130f92922b03450d3a9975e5bd2ea0eb55ad8e"
              "1b199e3ec4316020e9a1b285e762795359b7bdfd39bef4b2484583d5afe082aee638bf5fd5a606193901a08f4ab41aab"
              "9b134880",
              "5961605353c64bdca15b195e288553a910632506d6200aa790c4c806c99904cf2445cc50bb1cf168a49673734e081b57"
              "e324ce5259c0e78d4cd97b870976503c0943f2cb5ae8f052c7b7d392239587b8956086bcab18836042e2e6ce42432a17"
              "105c53d0"},
    StreamSet{"33.401 C.1 set 3", "0a8b6bd8d9b08b08d64e32d1817777fb", 0x544d49cd, 0x04, 0, 310,
              "fd40a41d370a1f65745095687d47ba1d36d2349e23f644392c8ea9c49d40c13271aff264d0f24800",
              "75750d37b4bba2a4dedb34235bd68c6645acdaaca48138a3b0c471e2a7041a576423d2927287f0"},
    StreamSet{"33.401 C.1 set 4", "aa1f95aea533bcb32eb63bf52d8f831a", 0x72d8c671, 0x10, 1, 1022,
              "fb1b96c5c8badfb2e8e8edfde78e57f2ad81e74103fc430a534dcc37afcec70e1517bb06f27219dae49022ddc47a068d"
              "e4c9496a951a6b09edbdc864c7adbd740ac50c022f3082bafd22d78197c5d508b977bca13f32e652e74ba728576077ce"
              "628c535e87dc6077ba07d29068590c8cb5f1088e082cfa0ec961302d69cf3d44",
              "dfb440acb3773549efc04628aeb8d8156275230bdc690d94b00d8d95f28c4b56307f60f4ca55eba661ebba72ac808fa8"
              "c49e26788ed04a5d606cb418de74878b9a22f8ef29590bc4eb57c9faf7c41524a885b8979c423f2f8f8e0592a9879201"
              "be7ff9777a162ab810feb324ba74c4c156e04d39097209653ac33e5a5f2d8864"},
    StreamSet{"33.401 C.1 set 5", "9618ae46891f86578eebe90ef7a1202e", 0xc675a64b, 0x0c, 1, 1245,
              "8daa17b1ae050529c6827f28c0ef6a1242e93f8b314fb18a77f790ae049fedd612267fecaefc450174d76d9f9aa7755a"
              "30cd90a9a5874bf48eaf70eea3a62a250a8b6bd8d9b08b08d64e32d1817777fb544d49cd49720e219dbf8bbed33904e1"
              "fd40a41d370a1f65745095687d47ba1d36d2349e23f644392c8ea9c49d40c13271aff264d0f24841d6465f0996ff84e6"
              "5fc517c53efc3363c38492a8",
              "919c8c33d66789703d05a0d7ce82a2aeac4ee76c0f4da050335e8a84e7897ba5df2f36bd513e3d0c8578c7a0fcf043e0"
              "3aa3a39fbaad7d15be074faa5d9029f71fb457b647834714b0e18f117fca10677945096c8c5f326ba8d6095eb29c3e36"
              "cf245d1622aafe921f7566c4f5d644f2f1fc0ec684ddb21349747622e209295d27ff3f95623371d49b147c0af486171f"
              "22cd04b1cbeb2658223e6938"},
    StreamSet{"33.401 C.1 set 6", "54f4e2e04c83786eec8fb5abe8e36566", 0xaca4f50f, 0x0b, 0, 3861,
              "40981ba6824c1bfb4286b299783daf442c099f7ab0f58d5c8e46b104f08f01b41ab485472029b71d36bd1a3d90dc3a41"
              "b46d51672ac4c9663a2be063da4bc8d2808ce33e2cccbfc634e1b259060876a0fbb5a437ebcc8d31c19e4454318745e3"
              "fa16bb11adae248879fe52db2543e53cf445d3d828ce0bf5c560593d97278a59762dd0c2c9cd68d4496a792508614014"
              "b13b6aa51128c18cd6a90b87978c2ff1cabe7d9f898a411bfdb84f68f6727b1499cdd30df0443ab4a66653330bcba110"
              "5e4cec034c73e605b4310eaaadcfd5b0ca27ffd89d144df4792759427c9cc1f8cd8c87202364b8a687954cb05a8d4e2d"
              "99e73db160deb180ad0841e96741a5d59fe4189f15420026fe4cd12104932fb38f735340438aaf7eca6fd5cfd3a195ce"
              "5abe65272af607ada1be65a6b4c9c0693234092c4d018f1756c6db9dc8a6d80b888138616b681262f954d0e771174878"
              "0d92291d86299972db741cfa4f37b8b56cdb18a7ca8218e86e4b4b716a4d04371fbec262fc5ad0b3819b187b97e55b1a"
              "4d7c19ee24c8b4d7723cfedf045b8acae4869517d80e50615d9035d5d9c5a40af602280b542597b0cb18619eeb359257"
              "59d195e100e8e4aa0c38a3c2abe0f3d8ff04f3c33c295069c23694b5bbeacdd542e28e8a94edb9119f412d054be1fa72"
              "00b09000",
              "5cb72c6edc878f1566e10253afc364c9fa540d914db94cbee275d0917ca6af0d77acb4ef3bbe1a722b2ef5bd1d4b8e2a"
              "a5024ec1388a201e7bce7920aec615895f763a5564dcc4c482a2ee1d8bfecc4498eca83fbb75f9ab530e0dafbede2fa5"
              "895b82991b6277c529e0f2529d7f79606be96706296dedfa9d7412b616958cb563c678c02825c30d0aee77c4c146d276"
              "5412421a808d13cec819694c75ad572e9b973d948b81a9337c3b2a17192e22c2069f7ed1162af44cdea817603665e807"
              "ce40c8e0dd9d6394dc6e31153fe1955c47afb51f2617ee0c5e3b8ef1ad7574ed343edc2743cc94c990e1f1fd264253c1"
              "78dea739c0befeebcd9f9b76d49c1015c9fecf50e53b8b5204dbcd3eed863855dabcdcc94b31e318021568855c8b9e52"
              "a981957a112827f978ba960f1447911b317b5511fbcc7fb13ac153db74251117e4861eb9e83bffffc4eb7755579038e5"
              "7924b1f78b3e1ad90bab2a07871b72db5eef96c334044966db0c37cafd1a89e5646a3580eb6465f121dce9cb88d85b96"
              "cf23ccccd4280767bee8eeb23d8652461db6493103003baf89f5e18261ea43c84a92ebffffe4909dc46c5192f825f770"
              "600b9602c557b5f8b431a79d45977dd9c41b863da9e142e90020cfd074d6927b7ab3b6725d1a6f3f98b9c9daa8982aff"
              "067828"},
};

// TS 33.401 Annex C.2, 128-EIA2 test sets 1-7.
inline constexpr StreamSet kNia2Sets[] = {
    StreamSet{"33.401 C.2 set 1", "2bd6459f82c5b300952c49104881ff48", 0x38a6f056, 0x18, 0, 58, "3332346263393840",
              "118c6eb8"},
    StreamSet{"33.401 C.2 set 2", "d3c5d592327fb11c4035c6680af8c6d1", 0x398a59b4, 0x1a, 1, 64, "484583d5afe082ae",
              "b93787e6"},
    StreamSet{"33.401 C.2 set 3", "7e5e94431e11d73828d739cc6ced4573", 0x36af6144, 0x18, 1, 254,
              "b3d3c9170a4e1632f60f861013d22d84b726b6a278d802d1eeaf1321ba5929dc", "1f60b01d"},
    StreamSet{"33.401 C.2 set 4", "d3419be821087acd02123a9248033359", 0xc7590ea9, 0x17, 0, 511,
              "bbb057038809496bcff86d6fbc8ce5b135a06b166054f2d565be8ace75dc851e0bcdd8f07141c495872fb5d8c0c66a8b"
              "6da556663e4e461205d84580bee5bc7e",
              "6846a2f0"},
    StreamSet{"33.401 C.2 set 5", "83fd23a244a74cf358da3019f1722635", 0x36af6144, 0x0f, 1, 768,
              "35c68716633c66fb750c266865d53c11ea05b1e9fa49c8398d48e1efa5909d3947902837f5ae96d5a05bc8d61ca8dbef"
              "1b13a4b4abfe4fb1006045b674bb54729304c382be53a5af05556176f6eaa2ef1d05e4b083181ee674cda5a485f74d7a",
              "e657e182"},
    StreamSet{"33.401 C.2 set 6", "6832a65cff4473621ebdd4ba26a921fe", 0x36af6144, 0x18, 0, 383,
              "d3c53839626820717765667620323837636240981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6dc",
              "f0668c1e"},
    StreamSet{"33.401 C.2 set 7", "5d0a80d8134ae19677824b671e838af4", 0x7827fab2, 0x05, 1, 2558,
              "70dedf2dc42c5cbd3a96f8a0b11418b3608d5733604a2cd36aabc70ce3193bb5153be2d3c06dfdb2d16e9c357158be6a"
              "41d6b861e491db3fbfeb518efcf048d7d58953730ff30c9ec470ffcd663dc34201c36addc0111c35b38afee7cfdb582e"
              "3731f8b4baa8d1a89c06e81199a9716227be344efcb436ddd0f096c064c3b5e2c399993fc77394f9e09720a811850ef2"
              "3b2ee05d9e6173609d86e1c0c18ea51a012a00bb413b9cb8188a703cd6bae31cc67b34b1b00019e6a2b2a690f02671fe"
              "7c9ef8dec0094e533763478d58d2c5f5b827a0148c5948a96931acf84f465a64e62ce74007e991e37ea823fa0fb21923"
              "b79905b733b631e6c7d6860a3831ac351a9c730c52ff72d9d308eedbab21fde143a0ea17e23edc1f74cbb3638a2033aa"
              "a15464eaa733385dbbeb6fd73509b857e6a419dca1d8907af977fbac4dfa35ec",
              "f4cc8fa3"},
};

// RFC 3526 §3: the 2048-bit MODP prime (group 14), generator 2. Taken from OpenSSL's copy of the RFC group.
inline constexpr const char* kModp2048P =
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd"
    "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed"
    "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f"
    "83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b"
    "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa0510"
    "15728e5a8aacaa68ffffffffffffffff";

} // namespace keyladder::clitest
