/** The Firefox add-on id (also pinned by the Firefox tests). */
export const GECKO_ID = 'cek-angka@cekangka.id';
